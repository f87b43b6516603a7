package warmup

import "github.com/psh-project/psh/shell/syntax"

func init() { go syntax.Warm() }
