package app

// Preference keys of the main window; the session keeps the coder's name
// and the recent projects.
const (
	prefLanguage   = "language"
	prefWelcomed   = "welcomed"
	prefAppearance = "appearance"
	prefTextScale  = "textScale"
	prefWindowW    = "window.width"
	prefWindowH    = "window.height"
	prefSplit      = "window.split." // + the split's name
	// the player's keys, each "F4" or "Ctrl+Left", and how far a pause
	// steps back, in seconds (playback_menu.go)
	prefPlayKey     = "playback.key." // + the action's id
	prefPauseRewind = "playback.pauseRewind"
)
