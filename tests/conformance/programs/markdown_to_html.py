# A tiny Markdown-to-HTML converter: headings, emphasis, code, links, lists, paragraphs.
DOC = """# Title with *emphasis*

Some **bold** text and `inline code` plus a [link](http://example.com).
Second line of the same paragraph.

## Lists

- first item
- second *item*
- third with `code`

1. one
2. two

> a quote
> continues

Final paragraph with <angle> & ampersand.
"""

def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def inline(s):
    s = escape(s)
    out, i = [], 0
    while i < len(s):
        if s.startswith("**", i):
            j = s.find("**", i + 2)
            if j != -1:
                out.append(f"<strong>{s[i + 2:j]}</strong>")
                i = j + 2
                continue
        if s[i] == "*":
            j = s.find("*", i + 1)
            if j != -1:
                out.append(f"<em>{s[i + 1:j]}</em>")
                i = j + 1
                continue
        if s[i] == "`":
            j = s.find("`", i + 1)
            if j != -1:
                out.append(f"<code>{s[i + 1:j]}</code>")
                i = j + 1
                continue
        if s[i] == "[":
            close = s.find("](", i)
            end = s.find(")", close)
            if close != -1 and end != -1:
                out.append(f'<a href="{s[close + 2:end]}">{s[i + 1:close]}</a>')
                i = end + 1
                continue
        out.append(s[i])
        i += 1
    return "".join(out)

def convert(md):
    html, para, list_kind = [], [], None
    def flush():
        nonlocal list_kind
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None
    quote = []
    for line in md.splitlines() + [""]:
        if line.startswith("> "):
            quote.append(line[2:])
            continue
        if quote:
            html.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            quote = []
        if not line.strip():
            flush()
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            html.append(f"<h{level}>{inline(line[level:].strip())}</h{level}>")
        elif line.startswith("- ") or (line[:1].isdigit() and ". " in line[:4]):
            kind = "ul" if line.startswith("- ") else "ol"
            if para:
                flush()
            if list_kind != kind:
                if list_kind:
                    html.append(f"</{list_kind}>")
                html.append(f"<{kind}>")
                list_kind = kind
            html.append("  <li>" + inline(line.split(" ", 1)[1]) + "</li>")
        else:
            para.append(line.strip())
    return "\n".join(html)

print(convert(DOC))
