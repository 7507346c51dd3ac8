package coding

import "teema/message"

// What Undo and Redo call each action, as a noun phrase: the menu reads
// "Undo coding", the status line "Undone: coding".
var (
	labelCodeText       = message.New("coding")
	labelUncode         = message.New("coding removal")
	labelMemo           = message.New("memo edit")
	labelAddCode        = message.New("new code")
	labelDeleteCode     = message.New("code deletion")
	labelUpdateCode     = message.New("code edit")
	labelMoveCode       = message.New("code move")
	labelMergeCode      = message.New("code merge")
	labelAttribute      = message.New("attribute edit")
	labelEditText       = message.New("text correction")
	labelTemplate       = message.New("code book template")
	labelCodeAsNew      = message.New("new code from the selection")
	labelSummary        = message.New("summary edit")
	labelPutFinding     = message.New("finding edit")
	labelDeleteFinding  = message.New("finding deletion")
	labelRenameDocument = message.New("document rename")
	labelDeleteDocument = message.New("document deletion")
	labelStopWords      = message.New("stop-word edit")
	labelPins           = message.New("key pinning")
)
