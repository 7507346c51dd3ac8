package docx

import (
	"bytes"
	"fmt"
	"image"
	_ "image/png" // the pictures are PNG
)

// picture writes an inline picture WidthCM wide, its height from its
// shape. A picture that is not a PNG is left out.
func (w *writer) picture(p Picture) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(p.PNG))
	if err != nil || cfg.Width == 0 || cfg.Height == 0 {
		return
	}
	width := int64(p.WidthCM * emuPerCM)
	if width <= 0 {
		width = 15 * emuPerCM
	}
	pic := picture{png: p.PNG, id: fmt.Sprintf("rIdPicture%d", len(w.pictures)+1),
		width: width, height: width * int64(cfg.Height) / int64(cfg.Width)}
	w.pictures = append(w.pictures, pic)
	n := len(w.pictures)
	w.s(fmt.Sprintf(`<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">`+
		`<wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Picture %d"/>`+
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`+
		`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>`+
		`<pic:nvPicPr><pic:cNvPr id="%d" name="picture%d.png"/><pic:cNvPicPr/></pic:nvPicPr>`+
		`<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`+
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`+
		`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
		pic.width, pic.height, n, n, n, n, pic.id, pic.width, pic.height))
}
