package core

import "github.com/psh-project/psh/pipeline"

func moreCommands() []*pipeline.CommandInfo {
	return []*pipeline.CommandInfo{
		pipeline.Cmd[GetCommand]("Get-Command", getCommandHelp),
		pipeline.Cmd[GetHelp]("Get-Help", getHelpHelp),
		pipeline.Cmd[CompareObject]("Compare-Object", hlp("Compares two sets of objects.", "Compare-Object outputs the objects found in only one of the sets, with SideIndicator => (difference only) or <= (reference only); -IncludeEqual adds == rows.", "Compare-Object a,b b,c", "c => and a <=.")),
		pipeline.Cmd[TeeObject]("Tee-Object", hlp("Saves command output in a file or variable and also sends it down the pipeline.", "Tee-Object passes its input on unchanged and also stores it in -Variable or writes its text to -FilePath.", "1..3 | Tee-Object -Variable saved", "Outputs 1, 2, 3 and sets $saved.")),
		pipeline.Cmd[NewObject]("New-Object", hlp("Creates an instance of an object.", "New-Object PSObject -Property @{...} makes a [pscustomobject]; a few .NET types (Hashtable, ArrayList, DateTime, TimeSpan) are supported.", "New-Object PSObject -Property @{Name='x'}", "An object with a Name property.")),
		pipeline.Cmd[GetMember]("Get-Member", hlp("Gets the properties and methods of objects.", "Get-Member lists the members of each distinct type in its input: properties (from adapters for Go types, note properties of objects) and methods.", "'abc' | Get-Member -MemberType Property", "The Length property of System.String.")),
		pipeline.Cmd[AddMember]("Add-Member", hlp("Adds custom properties to an instance of a PowerShell object.", "Add-Member adds note properties to a [pscustomobject].", "$o = [pscustomobject]@{Name='a'}; $o | Add-Member -NotePropertyName Size -NotePropertyValue 3 -PassThru", "The object with a Size property.")),
		pipeline.Cmd[SelectString]("Select-String", hlp("Finds text in strings and files.", "Select-String outputs a MatchInfo (Path, LineNumber, Line, Matches ...) for each line that matches one of the regular expressions (-SimpleMatch: plain text), case-insensitively unless -CaseSensitive.", "Select-String -Path *.log -Pattern 'error' -Context 1", "Error lines of the logs with one line of context.")),
		pipeline.Cmd[GetChildItem]("Get-ChildItem", hlp("Gets the items and child items in one or more specified locations.", "Get-ChildItem lists files and directories as objects with Name, FullName, Length, LastWriteTime and Mode.", "Get-ChildItem -Recurse -File -Filter *.txt", "All text files below the current location.")),
		pipeline.Cmd[GetItem]("Get-Item", hlp("Gets the item at the specified location.", "Get-Item outputs the file or directory objects for the paths.", "Get-Item notes.txt", "The file object.")),
		pipeline.Cmd[TestPath]("Test-Path", hlp("Determines whether all elements of a path exist.", "Test-Path outputs True when the path exists (-PathType Leaf: a file, Container: a directory).", "Test-Path notes.txt -PathType Leaf", "True when notes.txt is a file.")),
		pipeline.Cmd[JoinPath]("Join-Path", hlp("Combines a path and a child path into a single path.", "Join-Path joins path parts with a single separator.", "Join-Path /tmp a b", "Outputs /tmp/a/b.")),
		pipeline.Cmd[SplitPath]("Split-Path", hlp("Returns the specified part of a path.", "Split-Path outputs the parent (default), -Leaf, -LeafBase or -Extension of a path.", "Split-Path /tmp/a.txt -Leaf", "Outputs a.txt.")),
		pipeline.Cmd[ResolvePath]("Resolve-Path", hlp("Resolves the wildcard characters in a path, and displays the path contents.", "Resolve-Path outputs the absolute paths matching the given paths.", "Resolve-Path *.txt", "The full paths of the text files.")),
		pipeline.Cmd[GetLocation]("Get-Location", hlp("Gets information about the current working location.", "Get-Location outputs the current location.", "Get-Location", "The current directory.")),
		pipeline.Cmd[SetLocation]("Set-Location", hlp("Sets the current working location to a specified location.", "Set-Location changes the session's current location.", "Set-Location /tmp", "Now in /tmp.")),
		pipeline.Cmd[NewItem]("New-Item", hlp("Creates a new item.", "New-Item creates a file (optionally with -Value content) or, with -ItemType Directory, a directory.", "New-Item -ItemType Directory logs", "Creates the logs directory.")),
		pipeline.Cmd[SetItem]("Set-Item", setItemHelp),
		pipeline.Cmd[RemoveItem]("Remove-Item", hlp("Deletes the specified items.", "Remove-Item deletes files, and directories with -Recurse.", "Remove-Item *.tmp", "Deletes the .tmp files.")),
		pipeline.Cmd[CopyItem]("Copy-Item", hlp("Copies an item from one location to another.", "Copy-Item copies files, and directories with -Recurse.", "Copy-Item a.txt b.txt", "b.txt is a copy of a.txt.")),
		pipeline.Cmd[MoveItem]("Move-Item", hlp("Moves an item from one location to another.", "Move-Item moves or renames files and directories.", "Move-Item a.txt old/", "Moves a.txt into old.")),
		pipeline.Cmd[RenameItem]("Rename-Item", hlp("Renames an item.", "Rename-Item gives an item a new name in the same directory.", "Rename-Item a.txt b.txt", "a.txt is now b.txt.")),
		pipeline.Cmd[OutFile]("Out-File", hlp("Sends output to a file.", "Out-File writes its input, formatted as the console would show it, to a file.", "Get-ChildItem | Out-File list.txt", "Saves the listing.")),
		pipeline.Cmd[GetAlias]("Get-Alias", hlp("Gets the aliases for the current session.", "Get-Alias lists aliases (wildcards allowed), sorted by name.", "Get-Alias g*", "The aliases starting with g.")),
		pipeline.Cmd[SetAlias]("Set-Alias", hlp("Creates or changes an alias for a cmdlet or other command.", "Set-Alias defines or changes an alias.", "Set-Alias list Get-ChildItem", "list now runs Get-ChildItem.")),
		pipeline.Cmd[NewAlias]("New-Alias", hlp("Creates a new alias.", "New-Alias defines an alias that must not exist yet (unless -Force).", "New-Alias ll Get-ChildItem", "ll runs Get-ChildItem.")),
		pipeline.Cmd[GetVariable]("Get-Variable", hlp("Gets the variables in the current console.", "Get-Variable lists variables (wildcards allowed); -ValueOnly outputs their values.", "Get-Variable PS* ", "Variables whose names start with PS.")),
		pipeline.Cmd[SetVariable]("Set-Variable", hlp("Sets the value of a variable.", "Set-Variable sets a variable, creating it if needed.", "Set-Variable x 5", "$x is 5.")),
		pipeline.Cmd[NewVariable]("New-Variable", hlp("Creates a new variable.", "New-Variable creates a variable that must not exist yet (unless -Force).", "New-Variable y 1", "$y is 1.")),
		pipeline.Cmd[RemoveVariable]("Remove-Variable", hlp("Deletes a variable and its value.", "Remove-Variable deletes variables.", "$x = 1; Remove-Variable x", "$x no longer exists.")),
		pipeline.Cmd[ClearVariable]("Clear-Variable", hlp("Deletes the value of a variable.", "Clear-Variable sets variables to $null.", "$x = 1; Clear-Variable x", "$x is $null.")),
		pipeline.Cmd[InvokeExpression]("Invoke-Expression", hlp("Runs commands or expressions on the local computer.", "Invoke-Expression runs script text in the current scope and outputs its results.", "Invoke-Expression '1 + 2'", "Outputs 3.")),
		pipeline.Cmd[MeasureCommand]("Measure-Command", hlp("Measures the time it takes to run script blocks and cmdlets.", "Measure-Command runs the block, discards its output and outputs the elapsed TimeSpan.", "Measure-Command { 1..1000 | Out-Null }", "How long the pipeline took.")),
		pipeline.Cmd[StartSleep]("Start-Sleep", hlp("Suspends the activity in a script or session for the specified period of time.", "Start-Sleep waits -Seconds or -Milliseconds; Ctrl-C ends the wait.", "Start-Sleep -Milliseconds 100", "Waits a tenth of a second.")),
		pipeline.Cmd[GetDate]("Get-Date", hlp("Gets the current date and time.", "Get-Date outputs a DateTime, or a string with -Format (.NET) or -UFormat (strftime).", "Get-Date -Format yyyy-MM-dd", "Today's date as text.")),
		pipeline.Cmd[NewTimeSpan]("New-TimeSpan", hlp("Creates a TimeSpan object.", "New-TimeSpan makes a TimeSpan from -Days, -Hours ... or from -Start to -End.", "New-TimeSpan -Hours 2", "A two-hour TimeSpan.")),
		pipeline.Cmd[GetRandom]("Get-Random", hlp("Gets a random number, or selects objects randomly from a collection.", "Get-Random outputs a random integer in [Minimum, Maximum), or picks -Count input objects.", "Get-Random -Minimum 1 -Maximum 7", "A die roll.")),
		pipeline.Cmd[GetUnique]("Get-Unique", hlp("Returns unique items from a sorted list.", "Get-Unique drops objects equal to the one before them.", "1,1,2,2,3 | Get-Unique", "Outputs 1, 2, 3.")),
		pipeline.Cmd[JoinString]("Join-String", hlp("Combines objects from the pipeline into a single string.", "Join-String joins its input (or a property of it) with -Separator, optionally quoted and framed by -OutputPrefix/-OutputSuffix.", "1..3 | Join-String -Separator ','", "Outputs 1,2,3.")),
		pipeline.Cmd[GetHost]("Get-Host", hlp("Gets an object that represents the current host program.", "Get-Host outputs the host's name and version.", "(Get-Host).Name", "Outputs psh.")),
		pipeline.Cmd[WriteProgress]("Write-Progress", hlp("Displays a progress bar within a PowerShell command window.", "Write-Progress draws a progress line on stderr when it is a terminal, and does nothing otherwise.", "Write-Progress -Activity Copying -PercentComplete 50", "A half-full bar.")),
		pipeline.Cmd[ReadHost]("Read-Host", hlp("Reads a line of input from the console.", "Read-Host prompts on stderr and reads a line of the session's standard input; -AsSecureString returns a SecureString.", "$name = Read-Host 'Name'", "Asks for a name.")),
		pipeline.Cmd[ConvertToSecureString]("ConvertTo-SecureString", hlp("Converts plain text to a secure string.", "ConvertTo-SecureString -AsPlainText -Force wraps text in a SecureString, which never prints its content.", "ConvertTo-SecureString 'pw' -AsPlainText -Force", "A SecureString.")),
	}
}

func moreAliases() map[string]string {
	return map[string]string{
		"gcm": "Get-Command", "help": "Get-Help", "man": "Get-Help",
		"compare": "Compare-Object", "diff": "Compare-Object", "tee": "Tee-Object", "gm": "Get-Member",
		"sls": "Select-String", "gci": "Get-ChildItem", "dir": "Get-ChildItem", "ls": "Get-ChildItem",
		"gi": "Get-Item", "cd": "Set-Location", "sl": "Set-Location", "chdir": "Set-Location",
		"pwd": "Get-Location", "gl": "Get-Location", "pushd": "Push-Location", "popd": "Pop-Location", "rvpa": "Resolve-Path",
		"ni": "New-Item", "si": "Set-Item", "ri": "Remove-Item", "rm": "Remove-Item", "del": "Remove-Item", "rmdir": "Remove-Item", "erase": "Remove-Item", "rd": "Remove-Item",
		"cpi": "Copy-Item", "cp": "Copy-Item", "copy": "Copy-Item", "mi": "Move-Item", "mv": "Move-Item", "move": "Move-Item",
		"rni": "Rename-Item", "ren": "Rename-Item",
		"gal": "Get-Alias", "sal": "Set-Alias", "nal": "New-Alias",
		"gv": "Get-Variable", "sv": "Set-Variable", "set": "Set-Variable", "nv": "New-Variable", "rv": "Remove-Variable", "clv": "Clear-Variable",
		"iex": "Invoke-Expression", "sleep": "Start-Sleep",
	}
}

func moreViews() []pipeline.View {
	var v []pipeline.View
	v = append(v, commandViews()...)
	v = append(v, memberViews()...)
	v = append(v, fileViews()...)
	// PSVariable: PowerShell's Name (30 wide) and Value columns.
	v = append(v, pipeline.View{TypeName: "System.Management.Automation.PSVariable", Kind: pipeline.TableView, Columns: []pipeline.Column{
		{Label: "Name", Property: "Name", Width: 30, Align: pipeline.AlignLeft},
		{Label: "Value", Property: "Value", Align: pipeline.AlignLeft},
	}})
	return v
}
