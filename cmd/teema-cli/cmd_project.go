package main

import (
	"slices"
	"strings"

	"teema/assets"
	"teema/coding"
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/store/demo"
)

func init() {
	register("init", "init PROJECT", cmdInit)
	register("demo", "demo PROJECT", cmdDemo)
	register("template", "template PROJECT calpro", cmdTemplate)
}

func cmdInit(c *cli, args []string) error {
	pos, err := parse(newFlags("init"), args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return misuse(errOneProject, message.Args{"Command": "init"})
	}
	p, err := store.Create(pos[0])
	if err != nil {
		return err
	}
	c.say(i18n.TF("created {{.File}}", map[string]any{"File": pos[0]}))
	return p.Close()
}

func cmdDemo(c *cli, args []string) error {
	pos, err := parse(newFlags("demo"), args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return misuse(errOneProject, message.Args{"Command": "demo"})
	}
	if err := demo.Write(pos[0]); err != nil {
		return err
	}
	c.say(i18n.TF("wrote the demo project to {{.File}}", map[string]any{"File": pos[0]}))
	return nil
}

func cmdTemplate(c *cli, args []string) error {
	pos, err := parse(newFlags("template"), args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return misuse(errTemplate, nil)
	}
	t, err := shippedTemplate(pos[1])
	if err != nil {
		return err
	}
	return withProject(pos[0], func(p *store.Project) error {
		n, err := p.ApplyTemplate(t)
		if err != nil {
			return err
		}
		c.say(i18n.TF("added {{.N}} codes from template {{.Name}}", map[string]any{"N": n, "Name": t.Name}))
		return nil
	})
}

// shippedTemplate is a code book template that came with Teema.
func shippedTemplate(name string) (coding.Template, error) {
	if !slices.Contains(assets.Templates(), strings.ToLower(name)) {
		return coding.Template{}, misuse(errNoTemplate, message.Args{"Name": name, "Names": strings.Join(assets.Templates(), ", ")})
	}
	raw, err := assets.Template(name)
	if err != nil {
		return coding.Template{}, err
	}
	t, err := coding.ParseTemplate(raw)
	if err != nil {
		return coding.Template{}, errTemplateBroken.Wrap(err, message.Args{"Name": name})
	}
	return t, nil
}
