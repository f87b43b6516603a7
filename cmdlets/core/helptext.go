package core

import (
	"github.com/psh-project/psh/pipeline"
)

// hlp builds a Help value with one example.
func hlp(synopsis, desc, code, remarks string) *pipeline.Help {
	return &pipeline.Help{Synopsis: synopsis, Description: desc, Examples: []pipeline.Example{{Code: code, Remarks: remarks}}}
}
