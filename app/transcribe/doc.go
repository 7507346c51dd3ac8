// Package transcribe is Teema's transcription mode: a recording chosen
// and checked once, then typed out in a window of its own, the player bar
// above the text, with the keys transcribers expect (play and pause, skip,
// the current time as [00:12:34], a speaker's label on a new line). The
// text is a draft of the project (store.Draft), saved as it is typed, so a
// crash loses at most the last moment of typing; an unfinished draft is
// offered again when its project opens. Finishing reads the draft as an
// imported transcript, its typed times becoming the document's time
// index, with the recording attached (study.FinishTranscription).
package transcribe
