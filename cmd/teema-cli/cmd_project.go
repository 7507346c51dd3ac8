package main

import (
	"errors"
	"fmt"

	"teema/assets"
	"teema/coding"
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
		return usagef("init takes one project file")
	}
	p, err := store.Create(pos[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, "created %s\n", pos[0])
	return p.Close()
}

func cmdDemo(c *cli, args []string) error {
	pos, err := parse(newFlags("demo"), args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("demo takes one project file")
	}
	if err := demo.Write(pos[0]); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "wrote the demo project to %s\n", pos[0])
	return nil
}

func cmdTemplate(c *cli, args []string) error {
	pos, err := parse(newFlags("template"), args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("template takes a project and a template name")
	}
	raw, err := assets.Template(pos[1])
	if err != nil {
		return usagef("%s", err)
	}
	t, err := coding.ParseTemplate(raw)
	if err != nil {
		return errors.Join(errors.New("the shipped template is broken"), err)
	}
	return withProject(pos[0], func(p *store.Project) error {
		n, err := p.ApplyTemplate(t)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.out, "added %d codes from template %s\n", n, t.Name)
		return nil
	})
}
