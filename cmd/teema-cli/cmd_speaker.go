package main

import (
	"teema/coding"
	"teema/i18n"
	"teema/store"
)

func init() {
	register("speaker", "speaker PROJECT DOC FROM TO", cmdSpeaker)
}

// cmdSpeaker relabels a speaker in every turn of a document, as the
// window's Rename speaker does: SPEAKER_00 as H1 after speech
// recognition. Codings and times stay on their words.
func cmdSpeaker(c *cli, args []string) error {
	pos, err := parse(newFlags("speaker"), args)
	if err != nil {
		return err
	}
	if len(pos) != 4 {
		return misuse(errSpeakerArgs, nil)
	}
	from, to := pos[2], pos[3]
	return withProject(pos[0], func(p *store.Project) error {
		d, err := document(p, pos[1])
		if err != nil {
			return err
		}
		ch, err := coding.RenameSpeakerIn(d.ID, d.Text, from, to)
		if err != nil || len(ch.Rewrite) == 0 {
			return err
		}
		if _, err := ch.Apply(p); err != nil {
			return err
		}
		c.say(i18n.TF("{{.From}} is now {{.To}} (turns relabelled: {{.N}}).", map[string]any{"From": from, "To": to, "N": len(ch.Rewrite)}))
		return nil
	})
}
