package repl

import (
	"context"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// promptText is the primary prompt: the output of a user-defined prompt
// function, as in PowerShell, or "PS <location>> ".
func promptText(ctx context.Context, sh *shell.Shell) string {
	if ci, ok := sh.LookupCommand("prompt"); ok && ci.Type == pipeline.FunctionCommand {
		// 6>&1 keeps what the function writes with Write-Host (a coloured
		// prompt) in the prompt instead of letting readline erase it.
		out, err := sh.Invoke(ctx, "prompt 6>&1")
		if err == nil && ctx.Err() == nil && len(out) > 0 {
			var b strings.Builder
			for _, v := range out {
				b.WriteString(pipeline.ToString(v))
			}
			return b.String()
		}
	}
	return DefaultPrompt(sh.Dir())
}

// DefaultPrompt is the prompt shown when no prompt function is defined.
func DefaultPrompt(dir string) string { return "PS " + dir + "> " }
