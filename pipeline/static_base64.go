package pipeline

import "encoding/base64"

func base64Encode(v any) (any, error) {
	var b []byte
	err := Enumerate(v, func(e any) error {
		c, err := Convert(e, reflectByte)
		if err != nil {
			return err
		}
		b = append(b, c.(uint8))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return base64.StdEncoding.EncodeToString(b), nil
}

func base64Decode(s string) (any, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, methodException("FromBase64String", 1, "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.")
	}
	out := make([]any, len(b))
	for i, c := range b {
		out[i] = c
	}
	return out, nil
}
