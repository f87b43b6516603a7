package pipeline

import "context"

// ReadWithContext runs read (a blocking read of the session's input) and
// returns its result, or PipelineStopped as soon as ctx is done, so that a
// prompt (Read-Host, a -Confirm question) never outlives a cancelled run.
// A read still blocked then finishes in the background and its result is
// dropped: the input it consumes is lost, as it is when PowerShell's host
// abandons a prompt.
func ReadWithContext(ctx context.Context, read func() (string, error)) (string, error) {
	type result struct {
		line string
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		l, err := read()
		ch <- result{l, err}
	}()
	select {
	case r := <-ch:
		return r.line, r.err
	case <-ctx.Done():
		return "", PipelineStopped(ctx.Err())
	}
}
