package service

import (
	"github.com/psh-project/psh/server/control"
)

// ServiceController is one service as Get-Service shows it (.NET's
// System.ServiceProcess.ServiceController).
type ServiceController struct {
	Name        string
	DisplayName string
	Status      string // Running, Stopped, StartPending, StopPending
	StartType   string // Automatic, Manual, Disabled
	ServiceName string
	ServiceType string
	MachineName string
	CanStop     bool
}

// PSTypeNames gives the object .NET's type name, for the table view.
func (ServiceController) PSTypeNames() []string {
	return []string{"System.ServiceProcess.ServiceController", "System.ComponentModel.Component", "System.Object"}
}

// String is the service name, as .NET's ToString is.
func (s ServiceController) String() string { return s.Name }

func controllerOf(i control.ServiceInfo) *ServiceController {
	return &ServiceController{
		Name: i.Name, DisplayName: i.DisplayName, ServiceName: i.Name,
		Status: i.Status.String(), StartType: i.StartType.String(),
		ServiceType: "Win32OwnProcess", MachineName: ".", CanStop: i.Status == control.Running,
	}
}
