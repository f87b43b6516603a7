package directory

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

// passwordCost is bcrypt's work factor for stored passwords.
const passwordCost = bcrypt.DefaultCost

// HashPassword returns a salted bcrypt hash of password. Passwords longer
// than 72 bytes are rejected, as bcrypt would silently truncate them.
func HashPassword(password []byte) (string, error) {
	if len(password) == 0 {
		return "", &ValidationError{Message: "The password can't be empty."}
	}
	h, err := bcrypt.GenerateFromPassword(password, passwordCost)
	if errors.Is(err, bcrypt.ErrPasswordTooLong) {
		return "", &ValidationError{Message: "The password is longer than 72 bytes."}
	}
	return string(h), err
}

// CheckPassword reports whether password matches hash.
func CheckPassword(hash string, password []byte) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), password) == nil
}
