"""The Typst template of the completion report. It never contains report text: every title, label, name and
number arrives as JSON in `sys.inputs.data` and is placed as a string, so no learner name or pack title is ever
read as Typst markup. Typst tags the PDF: headings, tables with header cells, images with alternative text.
"""

TEMPLATE = r"""
#let d = json(bytes(sys.inputs.data))
#set document(title: d.title, author: d.author)
#set text(lang: d.lang, font: d.fonts, size: 9pt)
#set page(paper: "a4", margin: (x: 15mm, top: 15mm, bottom: 18mm),
  footer: context text(size: 7pt, fill: luma(80))[#d.footer #counter(page).display()])
#show heading.where(level: 1): set text(size: 18pt)
#show heading.where(level: 2): set text(size: 11pt)
#show heading: set block(above: 5mm, below: 3mm)

// A cell with a word longer than a column could hold comes as (long: text); its long words are set letter by
// letter, so they wrap instead of running out of the cell. Other cells are plain strings (most of them).
#let cell(c) = if type(c) == str { c } else {
  c.long.split(" ").map(w => if w.clusters().len() > 20 { w.clusters().map(box).join() } else { w }).join(" ")
}

#let report-table(t) = {
  heading(level: 2, t.title)
  if t.rows.len() == 0 { par(d.empty) } else {
    set text(size: 7.5pt)
    table(
      columns: t.widths.map(w => w * 1fr), stroke: none, inset: (x: 1mm, y: 1.1mm),
      align: (x, y) => if t.numeric.at(x) { end } else { start },
      fill: (x, y) => if y == 0 { rgb("#dde5ec") } else if calc.even(y) { rgb("#f4f6f8") },
      table.header(..t.headers.map(h => text(weight: "bold", size: 8pt, h))),
      ..t.rows.flatten().map(cell),
    )
  }
}

#heading(level: 1, d.heading)
#text(size: 8.5pt, d.meta)

#grid(columns: (1fr,) * d.tiles.len(), column-gutter: 2mm,
  ..d.tiles.map(t => block(fill: rgb("#e8eef3"), inset: 2.5mm, width: 100%,
    [#text(size: 15pt, weight: "bold", t.at(0)) \ #text(size: 8pt, t.at(1))])))

#for b in d.blocks {
  if b.kind == "break" { pagebreak(weak: true) }
  else if b.kind == "note" { par(text(weight: "bold", size: 8pt, b.text)) }
  else if b.kind == "chart" { block(above: 4mm, image(bytes(b.svg), format: "svg", width: 100%, alt: b.alt)) }
  else if b.kind == "table" { report-table(b) }
}
"""
