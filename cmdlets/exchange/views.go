package exchange

import "github.com/psh-project/psh/pipeline"

// typePrefix is the type-name prefix of the directory's view objects (their
// PSTypeNames, after Exchange's types).
const typePrefix = "Microsoft.Exchange.Data.Directory.Management."

// views returns the default table views of the objects the cmdlets emit,
// with the columns Exchange shows.
func views() []pipeline.View {
	table := func(typ string, cols ...pipeline.Column) pipeline.View {
		return pipeline.View{TypeName: typePrefix + typ, Kind: pipeline.TableView, Columns: cols}
	}
	p := func(name string) pipeline.Column { return pipeline.Column{Property: name} }
	return []pipeline.View{
		table("CASMailbox", p("Name"), p("ActiveSyncEnabled"), p("OWAEnabled"), p("PopEnabled"), p("ImapEnabled"),
			pipeline.Column{Label: "MapiEnabled", Property: "MAPIEnabled"}),
		table("Mailbox", p("Name"), p("Alias"), p("ServerName"),
			pipeline.Column{Label: "ProhibitSendQuota", Value: func(any) any { return "Unlimited" }}),
		table("User", p("Name"), p("RecipientType")),
		table("ReducedRecipient", p("Name"), p("RecipientType")),
		table("ExtendedOrganizationalUnit", p("Name"), p("Type"), p("Identity")),
	}
}
