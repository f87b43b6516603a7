package core_test

import (
	"flag"
	"testing"

	"github.com/psh-project/psh/internal/transcript"
)

var update = flag.Bool("update", false, "rewrite transcript files with the actual output")

// TestTranscripts runs testdata/transcripts/*.txt, one file per cmdlet
// family (see package internal/transcript for the format).
func TestTranscripts(t *testing.T) {
	transcript.Run(t, "testdata/transcripts/*.txt", *update, transcript.CoreShell)
}
