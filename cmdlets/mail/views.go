package mail

import "github.com/psh-project/psh/pipeline"

func views() []pipeline.View {
	p := func(name string) pipeline.Column { return pipeline.Column{Property: name} }
	return []pipeline.View{
		{TypeName: "Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics", Kind: pipeline.TableView,
			Columns: []pipeline.Column{p("DisplayName"), p("ItemCount"), p("LastLogonTime")}},
		{TypeName: "Microsoft.Exchange.Monitoring.ProtocolConnectivityStatus", Kind: pipeline.TableView,
			Columns: []pipeline.Column{p("ClientAccessServer"), p("MailboxServer"), p("Scenario"), p("Result"), p("Latency"), p("Error")}},
	}
}
