package core

import "github.com/psh-project/psh/pipeline"

// Help for the cmdlets in write.go and foreach.go.

var writeOutputHelp = &pipeline.Help{
	Synopsis:    "Writes the specified objects to the pipeline.",
	Description: "Write-Output sends its arguments down the pipeline, unrolling collections unless -NoEnumerate.",
	Examples:    []pipeline.Example{{Code: "Write-Output 1 2 3", Remarks: "Outputs 1, 2 and 3."}},
}

var writeHostHelp = &pipeline.Help{
	Synopsis:    "Writes customized output to a host.",
	Description: "Write-Host writes text for the person at the console; it does not go down the pipeline.",
	Examples:    []pipeline.Example{{Code: "Write-Host 'a' 'b' -Separator ','", Remarks: "Prints a,b."}},
}

var writeErrorHelp = &pipeline.Help{
	Synopsis:    "Writes an object to the error stream.",
	Description: "Write-Error writes a non-terminating error; the script goes on unless -ErrorAction Stop.",
	Examples:    []pipeline.Example{{Code: "Write-Error 'disk full'", Remarks: "Reports an error."}},
}

var writeWarningHelp = &pipeline.Help{
	Synopsis:    "Writes a warning message.",
	Description: "Write-Warning writes to the warning stream, shown as \"WARNING: text\".",
	Examples:    []pipeline.Example{{Code: "Write-Warning 'careful'", Remarks: "Prints WARNING: careful."}},
}

var writeVerboseHelp = &pipeline.Help{
	Synopsis:    "Writes text to the verbose message stream.",
	Description: "Write-Verbose writes to the verbose stream, shown under -Verbose or $VerbosePreference = 'Continue'.",
	Examples:    []pipeline.Example{{Code: "Write-Verbose 'step 1' -Verbose", Remarks: "Prints VERBOSE: step 1."}},
}

var writeDebugHelp = &pipeline.Help{
	Synopsis:    "Writes a debug message to the console.",
	Description: "Write-Debug writes to the debug stream, shown under -Debug or $DebugPreference = 'Continue'.",
	Examples:    []pipeline.Example{{Code: "Write-Debug 'x' -Debug", Remarks: "Prints DEBUG: x."}},
}

var forEachHelp = &pipeline.Help{
	Synopsis: "Performs an operation against each item in a collection of input objects.",
	Description: "ForEach-Object runs the -Process block for each input object with $_ set to it, in the caller's scope; -Begin and " +
		"-End run once. ForEach-Object Name outputs each object's Name property; ForEach-Object ToUpper calls the method.",
	Examples: []pipeline.Example{
		{Code: "1..3 | ForEach-Object { $_ * 2 }", Remarks: "Outputs 2, 4, 6."},
		{Code: "'a','b' | ForEach-Object ToUpper", Remarks: "Outputs A and B."},
	},
}
