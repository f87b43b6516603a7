// Package service holds PowerShell's service cmdlets for pshd's services:
// Get-Service, Start-Service, Stop-Service, Restart-Service and
// Set-Service. They talk to a running pshd over its control socket
// (server/control). With no pshd running, Get-Service lists pshd's services
// as Stopped, and Start-Service and Restart-Service say how to start pshd;
// nothing hangs.
package service
