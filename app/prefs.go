package app

// Preference keys of the main window; the session keeps the coder's name
// and the recent projects.
const (
	prefLanguage = "language"
	prefWelcomed = "welcomed"
)
