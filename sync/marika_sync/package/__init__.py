"""The task package format v1, as both sides read it: the manifest, the zip reader with
its limits, the Ed25519 signature file and verification. Building and importing a
package are the desktop's (`marika.packages`); the server registers packages through
this same reader."""
