package exchange

//go:generate go run ./internal/genparams -o paramtable_gen.go ../../../shared/reference/exchange-parameters.tsv

// exchangeParameter is one documented parameter of an Exchange cmdlet, as
// the generated exchangeParameters list it.
type exchangeParameter struct {
	Cmdlet, Name, Type string
	Sets, Aliases      []string
	Required           bool
	Position           string // "Named" or a 1-based position
	Pipeline           string // "True", "False" or "True (ByPropertyName)" ...
	Server2019         bool   // Exchange Server 2019 has it (false: Exchange Online only)
}
