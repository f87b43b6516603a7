package pipeline

import "math"

// OperatingSystem is the System.OperatingSystem [Environment]::OSVersion
// returns; on Unix its version is the first four numbers of the kernel
// release, as .NET reads them.
type OperatingSystem struct {
	Platform      string
	ServicePack   string
	Version       Version
	VersionString string
}

// NewOperatingSystem describes a Unix system from its kernel release
// ("6.1.0-18-amd64" is version 6.1.0.18).
func NewOperatingSystem(release string) *OperatingSystem {
	var n [4]int32
	i := 0
	for k := range n {
		for i < len(release) && (release[i] < '0' || release[i] > '9') {
			i++
		}
		for i < len(release) && release[i] >= '0' && release[i] <= '9' {
			d := int64(n[k])*10 + int64(release[i]-'0')
			if d > math.MaxInt32 {
				// .NET's quirk: the number is MaxInt32 and the next one
				// starts at the digit that overflowed.
				n[k] = math.MaxInt32
				break
			}
			n[k] = int32(d)
			i++
		}
	}
	v := Version{Major: n[0], Minor: n[1], Build: n[2], Revision: n[3]}
	return &OperatingSystem{Platform: "Unix", Version: v, VersionString: "Unix " + v.String()}
}

// PSTypeNames names the .NET type.
func (*OperatingSystem) PSTypeNames() []string {
	return []string{"System.OperatingSystem", "System.Object"}
}

// String returns VersionString ("Unix 6.1.0.18").
func (o *OperatingSystem) String() string { return o.VersionString }
