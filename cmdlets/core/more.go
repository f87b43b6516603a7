package core

import "github.com/psh-project/psh/pipeline"

func moreCommands() []*pipeline.CommandInfo { return nil }

func moreViews() []pipeline.View { return nil }
