package coding

import "teema/message"

// Recording is where a document's recording is and how to know it again:
// the project keeps this reference, never the audio. Print is the file's
// fingerprint (its size and SHA-256, as media.Print writes it), so a moved
// recording is found again by its content.
type Recording struct {
	Path    string
	Print   string
	Seconds float64 // its length
}

var labelRecording = message.New("recording")

// SetRecording attaches a recording to a document, replaces it, or with a
// nil Recording detaches it.
type SetRecording struct {
	DocID     int64
	Recording *Recording
}

// Apply implements Change.
func (c SetRecording) Apply(r Repo) (Change, error) {
	old, err := r.SetRecording(c.DocID, c.Recording)
	if err != nil {
		return nil, err
	}
	return SetRecording{DocID: c.DocID, Recording: old}, nil
}

// Label implements Change.
func (c SetRecording) Label() *message.Kind { return labelRecording }

// LastTime is the latest moment a time index names: a recording much
// shorter than that is not this transcript's.
func (ix TimeIndex) LastTime() float64 {
	if len(ix) == 0 {
		return 0
	}
	return ix[len(ix)-1].Seconds
}
