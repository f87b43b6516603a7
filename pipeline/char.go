package pipeline

import "unicode"

// Char is a .NET System.Char: one UTF-16 code unit, kept as a rune.
type Char rune

// String returns the character as a one-character string.
func (c Char) String() string { return string(rune(c)) }

// charStatic implements the [char]:: static methods.
func charStatic(name string, args []any) (any, error) {
	if len(args) != 1 {
		return nil, errNoOverload(name, len(args))
	}
	r, err := toRuneArg(args[0])
	if err != nil {
		return nil, err
	}
	switch name {
	case "isdigit":
		return unicode.IsDigit(r), nil
	case "isletter":
		return unicode.IsLetter(r), nil
	case "isletterordigit":
		return unicode.IsLetter(r) || unicode.IsDigit(r), nil
	case "isupper":
		return unicode.IsUpper(r), nil
	case "islower":
		return unicode.IsLower(r), nil
	case "iswhitespace":
		return unicode.IsSpace(r), nil
	case "ispunctuation":
		return unicode.IsPunct(r), nil
	case "toupper":
		return Char(unicode.ToUpper(r)), nil
	case "tolower":
		return Char(unicode.ToLower(r)), nil
	}
	return nil, errNoMethod("System.Char", name)
}

// toRuneArg converts a method argument to one character.
func toRuneArg(v any) (rune, error) {
	c, err := Convert(v, charType)
	if err != nil {
		return 0, err
	}
	return rune(c.(Char)), nil
}
