package interp

import "github.com/psh-project/psh/pipeline"

// Allows reports whether the session has capability c
// (pipeline.CapabilityHolder).
func (in *Interp) Allows(c pipeline.Capability) bool {
	switch c {
	case pipeline.FileSystem:
		return in.cfg.FileSystem
	case pipeline.Processes:
		return in.cfg.Native
	case pipeline.HostEnvironment:
		return in.cfg.HostEnvironment
	}
	return false
}

// getStatic reads [ti]::name: from the host statics the shell registered
// when they know ti, else from pipeline's.
func (in *Interp) getStatic(ti *pipeline.TypeInfo, name string) (any, error) {
	if st := in.cfg.Statics; st != nil {
		if v, ok, err := st.GetStatic(in, ti, name); ok {
			return v, err
		}
	}
	return ti.GetStaticIn(in, name)
}

// callStatic calls [ti]::name(args) as getStatic reads.
func (in *Interp) callStatic(ti *pipeline.TypeInfo, name string, args []any) (any, error) {
	if st := in.cfg.Statics; st != nil {
		if v, ok, err := st.CallStatic(in, ti, name, args); ok {
			return v, err
		}
	}
	return ti.CallStaticIn(in, name, args)
}
