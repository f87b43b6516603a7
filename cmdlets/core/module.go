package core

import (
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// Module returns psh's core cmdlets, their aliases and views. Each call
// returns a fresh value.
func Module() *pipeline.Module {
	return &pipeline.Module{
		Name:     "Microsoft.PowerShell.Core",
		Commands: commands(),
		Aliases:  aliases(),
		Views:    views(),
		Variables: map[string]any{
			"PSVersionTable": psVersionTable(),
			"Host":           newHostInfo(),
		},
	}
}

func commands() []*pipeline.CommandInfo {
	cmds := append(coreCommands(), locationStackCommands()...)
	for _, c := range cmds {
		if c.ImplementingType == "" {
			// Get-Item -> Microsoft.PowerShell.Commands.GetItemCommand, the
			// class PowerShell's FullyQualifiedErrorIds name.
			c.ImplementingType = "Microsoft.PowerShell.Commands." + strings.ReplaceAll(c.Name, "-", "") + "Command"
		}
	}
	return cmds
}

func coreCommands() []*pipeline.CommandInfo {
	cmds := []*pipeline.CommandInfo{
		pipeline.Cmd[WriteOutput]("Write-Output", writeOutputHelp),
		pipeline.Cmd[GetVerb]("Get-Verb", getVerbHelp),
		pipeline.Cmd[WriteHost]("Write-Host", writeHostHelp),
		pipeline.Cmd[WriteError]("Write-Error", writeErrorHelp),
		pipeline.Cmd[WriteWarning]("Write-Warning", writeWarningHelp),
		pipeline.Cmd[WriteInformation]("Write-Information", writeInformationHelp),
		pipeline.Cmd[WriteVerbose]("Write-Verbose", writeVerboseHelp),
		pipeline.Cmd[WriteDebug]("Write-Debug", writeDebugHelp),
		pipeline.Cmd[ForEachObject]("ForEach-Object", forEachHelp),
		pipeline.Cmd[WhereObject]("Where-Object", whereHelp),
		pipeline.Cmd[SelectObject]("Select-Object", selectHelp),
		pipeline.Cmd[SortObject]("Sort-Object", sortHelp),
		pipeline.Cmd[GroupObject]("Group-Object", groupHelp),
		pipeline.Cmd[MeasureObject]("Measure-Object", measureHelp),
		pipeline.Cmd[FormatTable]("Format-Table", formatTableHelp),
		pipeline.Cmd[FormatList]("Format-List", formatListHelp),
		pipeline.Cmd[FormatWide]("Format-Wide", formatWideHelp),
		pipeline.Cmd[OutDefault]("Out-Default", outDefaultHelp),
		pipeline.Cmd[OutHost]("Out-Host", outHostHelp),
		pipeline.Cmd[OutNull]("Out-Null", outNullHelp),
		pipeline.Cmd[OutString]("Out-String", outStringHelp),
		pipeline.Cmd[GetContent]("Get-Content", getContentHelp),
		pipeline.Cmd[SetContent]("Set-Content", setContentHelp),
		pipeline.Cmd[AddContent]("Add-Content", addContentHelp),
		pipeline.Cmd[ClearContent]("Clear-Content", clearContentHelp),
		pipeline.Cmd[ImportCsv]("Import-Csv", importCsvHelp),
		pipeline.Cmd[ExportCsv]("Export-Csv", exportCsvHelp),
		pipeline.Cmd[ConvertToCsv]("ConvertTo-Csv", convertToCsvHelp),
		pipeline.Cmd[ConvertFromCsv]("ConvertFrom-Csv", convertFromCsvHelp),
		pipeline.Cmd[ConvertToJson]("ConvertTo-Json", convertToJsonHelp),
		pipeline.Cmd[ConvertFromJson]("ConvertFrom-Json", convertFromJsonHelp),
	}
	cmds = append(cmds, moreCommands()...)
	for _, c := range cmds {
		c.Module = "Microsoft.PowerShell.Core"
	}
	return cmds
}

func aliases() map[string]string {
	m := moreAliases()
	for k, v := range baseAliases() {
		m[k] = v
	}
	return m
}

func baseAliases() map[string]string {
	return map[string]string{
		"%": "ForEach-Object", "foreach": "ForEach-Object",
		"?": "Where-Object", "where": "Where-Object",
		"echo": "Write-Output", "write": "Write-Output",
		"select": "Select-Object", "sort": "Sort-Object", "group": "Group-Object", "measure": "Measure-Object",
		"ft": "Format-Table", "fl": "Format-List", "fw": "Format-Wide",
		"gc": "Get-Content", "cat": "Get-Content", "type": "Get-Content",
		"sc": "Set-Content", "ac": "Add-Content", "clc": "Clear-Content",
		"oh": "Out-Host", "ipcsv": "Import-Csv", "epcsv": "Export-Csv",
	}
}

func views() []pipeline.View {
	var v []pipeline.View
	v = append(v, groupViews()...)
	v = append(v, measureViews()...)
	v = append(v, moreViews()...)
	v = append(v, pipeline.ValueViews()...)
	return v
}
