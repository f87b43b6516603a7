package pipeline

import (
	"context"
	"regexp"
	"strings"
)

// invokeBlock runs sb with $_ bound to input (dot-sourced, as the operators
// and the .Where()/.ForEach() methods do) and collects its output.
func invokeBlock(sb ScriptBlock, input any, args []any) ([]any, error) {
	var out []any
	err := sb.InvokeWith(context.Background(), InvokeOptions{Input: input, HasInput: true, Args: args, DotSource: true},
		func(v any) error { out = append(out, v); return nil })
	return out, err
}

// replaceWithBlock is -replace with a script block: each match ($_ is the
// Match) is replaced by the block's output as a string.
func replaceWithBlock(re *regexp.Regexp, input string, sb ScriptBlock) (string, error) {
	ms := re.FindAllStringSubmatchIndex(input, -1)
	if ms == nil {
		return input, nil
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		b.WriteString(input[last:m[0]])
		out, err := invokeBlock(sb, newRegexMatch(re, input, m), nil)
		if err != nil {
			return "", err
		}
		b.WriteString(joinStrings(out, ""))
		last = m[1]
	}
	b.WriteString(input[last:])
	return b.String(), nil
}

// splitWithBlock is -split with a script block: the string is cut at every
// character for which the block returns true ($_ is the Char).
func splitWithBlock(s string, sb ScriptBlock, count int) ([]any, error) {
	var out []any
	start := 0
	for i, r := range s {
		if count > 0 && len(out) == count-1 {
			break
		}
		res, err := invokeBlock(sb, Char(r), nil)
		if err != nil {
			return nil, err
		}
		if ToBool(res) {
			out = append(out, s[start:i])
			start = i + len(string(r))
		}
	}
	return append(out, s[start:]), nil
}

// whereMethod implements .Where({...}[, mode[, count]]) for mode Default,
// First and Last.
func whereMethod(items []any, args []any) (any, error) {
	sb, ok := args[0].(ScriptBlock)
	if !ok {
		return nil, errNoOverload("Where", len(args))
	}
	mode, limit := "default", 0
	if len(args) > 1 {
		mode = strings.ToLower(ToString(args[1]))
	}
	if len(args) > 2 {
		n, err := argInt(args, 2)
		if err != nil {
			return nil, err
		}
		limit = n
	}
	out := []any{}
	for _, e := range items {
		res, err := invokeBlock(sb, e, nil)
		if err != nil {
			return nil, err
		}
		if ToBool(res) {
			out = append(out, e)
			if mode == "first" && (limit == 0 || len(out) == limit) {
				break
			}
		}
	}
	if mode == "last" && len(out) > 0 {
		n := max(limit, 1)
		if n < len(out) {
			out = out[len(out)-n:]
		}
	}
	return out, nil
}

// forEachMethod implements .ForEach({...}) and .ForEach('PropertyName').
func forEachMethod(items []any, args []any) (any, error) {
	out := []any{}
	switch x := args[0].(type) {
	case ScriptBlock:
		for _, e := range items {
			res, err := invokeBlock(x, e, args[1:])
			if err != nil {
				return nil, err
			}
			out = append(out, res...)
		}
	default:
		name := ToString(x)
		for _, e := range items {
			if len(args) > 1 {
				r, err := CallMethod(e, name, args[1:])
				if err != nil {
					return nil, err
				}
				out = append(out, r)
				continue
			}
			if v, ok := GetProperty(e, name); ok {
				out = append(out, v)
			}
		}
	}
	return out, nil
}
