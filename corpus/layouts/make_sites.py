#!/usr/bin/env python3
"""Writes the ten publisher layouts of corpus/layouts/sites/ and their truth from articles.json.

Each publisher is a template family modelled on a real family of news sites (see README.md); the article texts were
written for minsearch. Run from this folder; the output is committed, so nothing runs this at test time.
"""
import html, json, os, shutil
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")
ARTICLES = json.load(open(os.path.join(HERE, "articles.json"), encoding="utf-8"))
truth = []

KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def e(s):
    return html.escape(s, quote=True)


def when(a):
    return datetime.fromisoformat(a["date"])


def write(site, path, text):
    full = os.path.join(SITES, site, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def record(a, site, path):
    truth.append({"path": f"sites/{site}/{path}", "site": site, "lang": a["lang"], "event": a["event"], "title": a["title"],
                  "published": a["date"], "body": "\n\n".join(a["body"])})


def of(site):
    return sorted([a for a in ARTICLES if a["site"] == site], key=lambda a: a["date"], reverse=True)


def lead(a):
    return a["body"][0]


COOKIE = '<div class="cookie-consent" role="dialog"><p>{}</p><button>OK</button></div>'
ANALYTICS = '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());</script>'


# 1. qalam (kk): the home page is the listing — news cards with a <time>, a linked title and a one-sentence lead;
#    ?page=N pagination; articles at /news/<id>/ with a related-news block, a share bar and comments.
def qalam():
    site = "qalam"
    items = of(site)
    ids = {a["id"]: 1040 + i for i, a in enumerate(reversed(items))}
    nav = ('<header class="site-header"><a class="logo" href="/">Qalam.kz</a><nav class="main-nav"><ul>'
           '<li><a href="/">Басты бет</a></li><li><a href="/?page=2">Жаңалықтар мұрағаты</a></li><li><a href="/about/">Біз туралы</a></li>'
           '<li><a href="/contacts/">Байланыс</a></li></ul></nav></header>')
    foot = ('<footer class="site-footer"><p>© 2025 Qalam.kz. Материалдарды көшіріп басу үшін сілтеме міндетті.</p>'
            '<a href="/about/">Біз туралы</a> <a href="/advert/">Жарнама</a></footer>' + COOKIE.format("Сайт cookie файлдарын пайдаланады.") + ANALYTICS)
    per = 3
    pages = [items[i:i + per] for i in range(0, len(items), per)]
    for n, page in enumerate(pages, 1):
        cards = []
        for a in page:
            d = when(a)
            url = f"/news/{ids[a['id']]}/"
            cards.append(f'<div class="news-card"><time datetime="{a["date"]}">{d:%d.%m.%Y}</time>'
                         f'<h3 class="news-card__title"><a href="{url}">{e(a["title"])}</a></h3>'
                         f'<p class="news-card__lead">{e(lead(a).split(". ")[0].rstrip(".") + ".")}</p></div>')
        pager = '<div class="pager">' + " ".join(
            (f'<span>{k}</span>' if k == n else f'<a href="/?page={k}">{k}</a>') for k in range(1, len(pages) + 1)) + '</div>'
        body = (f'<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Qalam.kz — жаңалықтар</title>'
                f'<meta property="og:type" content="website"></head><body>{nav}<main><h1>Соңғы жаңалықтар</h1>'
                f'<section class="news-feed">{"".join(cards)}</section>{pager}</main>'
                f'<aside class="sidebar"><h4>Ауа райы</h4><p>Астана: +12°</p></aside>{foot}</body></html>')
        write(site, "index.html" if n == 1 else f"index@page={n}.html", body)
    write(site, "about/index.html", f'<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Біз туралы</title></head><body>{nav}'
          '<main><h1>Біз туралы</h1><p>Qalam.kz – мәдениет пен білім жаңалықтарын жазатын тәуелсіз басылым.</p></main>' + foot + '</body></html>')
    for a in items:
        d = when(a)
        others = [o for o in items if o is not a][:3]
        related = "".join(f'<li class="related-item"><a href="/news/{ids[o["id"]]}/">{e(o["title"])}</a></li>' for o in others)
        paras = "".join(f"<p>{e(p)}</p>" for p in a["body"])
        comments = ('<section class="comments"><h3>Пікірлер (2)</h3><div class="comment"><b>Ерлан</b><p>Өте пайдалы жаңалық, '
                    'рақмет! Біздің ауылға да осындай жоба керек.</p></div><div class="comment"><b>Айгүл</b><p>Қашан басталатынын '
                    'нақтырақ жазсаңыздар жақсы болар еді, ата-аналар сұрап жатыр.</p></div></section>')
        page = (f'<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>{e(a["title"])} | Qalam.kz</title>'
                f'<link rel="canonical" href="/news/{ids[a["id"]]}/"></head><body>{nav}<main><article class="post">'
                f'<h1 class="post__title">{e(a["title"])}</h1><div class="post__meta"><time datetime="{a["date"]}">{d:%d.%m.%Y, %H:%M}</time>'
                f' · <span class="views">1 204</span></div><div class="post__body">{paras}</div>'
                f'<div class="share-bar">Бөлісу: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>'
                f'</article><section class="related-news"><h3>Тақырыпқа орай</h3><ul>{related}</ul></section>{comments}</main>{foot}</body></html>')
        path = f"news/{ids[a['id']]}/"
        write(site, path + "index.html", page)
        record(a, site, path)


# 2. vestnik (ru): a grid of tiles (an image link, a title link and an excerpt) with /page/N/ pagination, directory-style
#    articles /YYYY/MM/slug/ and the date only in JSON-LD.
def vestnik():
    site = "vestnik"
    items = of(site)
    slugs = {a["id"]: f"{when(a):%Y/%m}/" + ["teatr-stanislavskogo", "setevye-izdaniya", "zoloto-stepi", "volontery-granty",
                                              "forum-zhurnalistov"][int(a["id"][1:]) - 1] + "/" for a in items}
    nav = ('<div class="topbar"><a href="/">Вестник культуры</a><ul class="menu"><li><a href="/news/">Новости</a></li>'
           '<li><a href="/culture/">Культура</a></li><li><a href="/society/">Общество</a></li></ul></div>')
    popular = "".join(f'<li><a href="/{slugs[a["id"]]}">{e(a["title"])}</a></li>' for a in items[:3])
    side = f'<aside class="popular"><h4>Популярное</h4><ol>{popular}</ol></aside>'
    foot = '<footer><p>© Вестник культуры, 2025. Все права защищены.</p></footer>' + ANALYTICS
    per = 2
    pages = [items[i:i + per] for i in range(0, len(items), per)]
    for n, page in enumerate(pages, 1):
        tiles = "".join(f'<div class="tile"><a class="tile__img" href="/{slugs[a["id"]]}"><img src="/img/{a["id"]}.jpg" alt=""></a>'
                        f'<a class="tile__title" href="/{slugs[a["id"]]}">{e(a["title"])}</a>'
                        f'<div class="tile__excerpt">{e(lead(a)[:140].rsplit(" ", 1)[0])}…</div></div>' for a in page)
        nxt = f'<a class="next" href="/news/page/{n + 1}/">Далее →</a>' if n < len(pages) else ""
        prev = f'<a class="prev" href="{"/news/" if n == 2 else f"/news/page/{n - 1}/"}">← Назад</a>' if n > 1 else ""
        body = (f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Новости — Вестник культуры</title></head><body>'
                f'{nav}<div class="layout"><div class="grid">{tiles}</div>{side}</div><div class="paging">{prev} {nxt}</div>{foot}</body></html>')
        write(site, "news/index.html" if n == 1 else f"news/page/{n}/index.html", body)
    write(site, "index.html", f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Вестник культуры</title></head><body>{nav}'
          f'<h1>Вестник культуры</h1><p><a href="/news/">Все новости</a></p>{side}{foot}</body></html>')
    for a in items:
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                         "datePublished": a["date"], "author": {"@type": "Organization", "name": "Вестник культуры"}}, ensure_ascii=False)
        paras = "".join(f"<p>{e(p)}</p>" for p in a["body"])
        page = (f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{e(a["title"])}</title>'
                f'<meta property="og:type" content="article"><meta property="og:title" content="{e(a["title"])}">'
                f'<script type="application/ld+json">{ld}</script></head><body>{nav}<div class="layout"><div class="entry">'
                f'<h1>{e(a["title"])}</h1><figure><img src="/img/{a["id"]}.jpg" alt=""><figcaption>Фото: пресс-служба</figcaption></figure>'
                f'<div class="entry-content">{paras}</div><div class="tags">Теги: <a href="/tag/kultura/">культура</a></div></div>{side}</div>{foot}</body></html>')
        write(site, slugs[a["id"]] + "index.html", page)
        record(a, site, slugs[a["id"]])


# 3. steppewire (en): two story cards and a "load more" button whose JSON endpoint pages through the rest; articles
#    with an AMP version (canonical back) and a print version (same text, no canonical); byline and newsletter box.
def steppewire():
    site = "steppewire"
    items = of(site)
    slug = {a["id"]: "-".join(a["title"].lower().replace("'", "").split()[:6]) for a in items}
    nav = '<nav class="site-nav"><a href="/">SteppeWire</a> <a href="/culture/">Culture</a> <a href="/media/">Media</a></nav>'
    foot = '<footer class="site-footer">© 2025 SteppeWire Media. All rights reserved.</footer>' + ANALYTICS
    first = items[:2]
    cards = "".join(f'<article class="story-card"><h2><a href="/stories/{slug[a["id"]]}.html?utm_source=home">{e(a["title"])}</a></h2>'
                    f'<p class="dek">{e(lead(a))}</p><span class="byline">SteppeWire staff</span></article>' for a in first)
    write(site, "index.html", f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SteppeWire</title></head><body>{nav}'
          f'<main><h1>Latest stories</h1><div class="stories">{cards}</div>'
          f'<button class="load-more" data-url="/api/stories.json?offset=2">Load more stories</button></main>{foot}</body></html>')
    rest = items[2:]
    for k in range(0, len(rest), 2):
        chunk = rest[k:k + 2]
        nxt = f"/api/stories.json?offset={2 + k + 2}" if k + 2 < len(rest) else None
        data = {"items": [{"title": a["title"], "url": f"/stories/{slug[a['id']]}.html", "published": a["date"]} for a in chunk],
                "next": nxt}
        write(site, f"api/stories@offset={2 + k}.json", json.dumps(data, ensure_ascii=False))
    for a in items:
        d = when(a)
        paras = "".join(f"<p>{e(p)}</p>" for p in a["body"])
        main = (f'<h1>{e(a["title"])}</h1><p class="byline">By Aliya Nurlanova · {EN_MONTHS[d.month - 1]} {d.day}, {d.year}</p>'
                f'<div class="article-body">{paras}</div>')
        news = '<div class="newsletter-signup"><h3>Get the SteppeWire briefing</h3><p>Sign up for our daily newsletter.</p></div>'
        write(site, f"stories/{slug[a['id']]}.html",
              f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(a["title"])} - SteppeWire</title>'
              f'<meta property="article:published_time" content="{a["date"]}"><link rel="amphtml" href="/amp/stories/{slug[a["id"]]}.html">'
              f'</head><body>{nav}<main><article>{main}<a class="print" href="/stories/{slug[a["id"]]}.html?print=1">Print</a></article>'
              f'{news}</main>{foot}</body></html>')
        write(site, f"amp/stories/{slug[a['id']]}.html",
              f'<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>{e(a["title"])}</title>'
              f'<link rel="canonical" href="/stories/{slug[a["id"]]}.html"><meta property="article:published_time" content="{a["date"]}">'
              f'</head><body><header>SteppeWire</header><article>{main}</article></body></html>')
        write(site, f"stories/{slug[a['id']]}@print=1.html",
              f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(a["title"])} - SteppeWire</title>'
              f'<meta property="article:published_time" content="{a["date"]}"></head><body class="print"><article>{main}</article></body></html>')
        record(a, site, f"stories/{slug[a['id']]}.html")


# 4. gazeta (ru): date archives (/archive/YYYY/MM/), a home page whose teasers carry tracking parameters, articles at
#    /archive/YYYY/MM/DD/slug.html with a visible date, author, "Читайте также" and tags.
def gazeta():
    site = "gazeta"
    items = of(site)
    slug = {"r6": "celinnyj-restavraciya", "r7": "metricheskie-knigi", "r8": "konferenciya-soglasie", "r9": "multfilmy-tashkent"}
    path = {a["id"]: f"archive/{when(a):%Y/%m/%d}/{slug[a['id']]}.html" for a in items}
    nav = ('<div id="header"><a href="/">Газета.kz</a><ul id="topmenu"><li><a href="/archive/">Архив</a></li>'
           '<li><a href="/archive/2025/">2025</a></li></ul></div>')
    foot = '<div id="footer">Газета.kz © 2025<br>Перепечатка материалов — только с активной ссылкой.</div>'
    teasers = "".join(f'<li><a href="/{path[a["id"]]}?utm_source=main&amp;utm_medium=teaser">{e(a["title"])}</a></li>'
                      + f'<li class="dup"><a href="/{path[a["id"]]}?ref=top">{e(a["title"][:40])}…</a></li>' for a in items)
    write(site, "index.html", f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Газета.kz</title></head><body>'
          f'{nav}<div id="content"><h2>Главное</h2><ul class="teasers">{teasers}</ul></div>{foot}</body></html>')
    months = sorted({f"{when(a):%Y/%m}" for a in items})
    write(site, "archive/index.html", f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Архив</title></head><body>{nav}'
          '<h1>Архив</h1><ul><li><a href="/archive/2025/">2025</a></li></ul>' + foot + '</body></html>')
    write(site, "archive/2025/index.html", f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Архив 2025</title></head><body>{nav}'
          '<h1>Архив за 2025 год</h1><ul>' + "".join(f'<li><a href="/archive/{m}/">{RU_MONTHS[int(m[5:]) - 1]} {m[:4]}</a></li>' for m in months)
          + '</ul>' + foot + '</body></html>')
    for m in months:
        rows = "".join(f'<li><span class="date">{when(a):%d.%m.%Y}</span> <a href="/{path[a["id"]]}">{e(a["title"])}</a></li>'
                       for a in items if f"{when(a):%Y/%m}" == m)
        write(site, f"archive/{m}/index.html", f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Архив</title></head><body>{nav}'
              f'<h1>{RU_MONTHS[int(m[5:]) - 1].capitalize()} {m[:4]}</h1><ul class="archive-list">{rows}</ul>{foot}</body></html>')
    for a in items:
        d = when(a)
        also = [o for o in items if o is not a][:2]
        paras = "".join(f"<p>{e(p)}</p>" for p in a["body"])
        read_also = "<p><b>Читайте также:</b> " + ", ".join(f'<a href="/{path[o["id"]]}">{e(o["title"])}</a>' for o in also) + "</p>"
        write(site, path[a["id"]], f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{e(a["title"])} — Газета.kz</title>'
              f'</head><body>{nav}<div id="content"><h1>{e(a["title"])}</h1>'
              f'<div class="info">{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} · Автор: Мария Ким</div>'
              f'<div class="text">{paras}{read_also}</div><div class="tags">Теги: <a href="/tag/1">культура</a> <a href="/tag/2">регионы</a></div>'
              f'<div class="subscribe">Подписывайтесь на наш Telegram-канал</div></div>{foot}</body></html>')
        record(a, site, path[a["id"]])


# 5. oblys (kk): an old regional portal — table layout, a listing as table rows with ?p=N, articles at show.html?id=N
#    whose paragraphs are separated by <br><br>, the date written out in Kazakh.
def oblys():
    site = "oblys"
    items = of(site)
    ids = {a["id"]: 301 + i for i, a in enumerate(reversed(items))}
    left = ('<td class="leftcol" width="180"><b>Бөлімдер</b><br><a href="/kk/news/index.html">Жаңалықтар</a><br>'
            '<a href="/kk/akim/">Әкім</a><br><a href="/kk/docs/">Құжаттар</a><br><a href="/kk/contacts/">Байланыс</a></td>')
    top = '<table width="100%"><tr><td class="top"><a href="/"><b>Облыс порталы</b></a></td></tr></table>'
    foot = '<table width="100%"><tr><td class="bottom">© Облыс әкімдігі, 2025</td></tr></table>'
    per = 2
    pages = [items[i:i + per] for i in range(0, len(items), per)]
    for n, page in enumerate(pages, 1):
        rows = "".join(f'<tr><td class="date">{when(a):%d.%m.%Y}</td><td><a href="show.html?id={ids[a["id"]]}">{e(a["title"])}</a></td></tr>'
                       for a in page)
        pager = " | ".join(f'<a href="index.html?p={k}">{k}</a>' for k in range(1, len(pages) + 1))
        write(site, "kk/news/index.html" if n == 1 else f"kk/news/index@p={n}.html",
              f'<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Жаңалықтар</title></head><body>{top}'
              f'<table width="100%"><tr>{left}<td class="content"><h2>Жаңалықтар</h2><table class="list">{rows}</table>'
              f'<p>Беттер: {pager}</p></td></tr></table>{foot}</body></html>')
    write(site, "index.html", f'<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Облыс порталы</title></head><body>{top}'
          f'<table width="100%"><tr>{left}<td class="content"><h2>Қош келдіңіз!</h2><p><a href="/kk/news/index.html">Барлық жаңалықтар</a></p>'
          f'</td></tr></table>{foot}</body></html>')
    for a in items:
        d = when(a)
        text = "<br><br>".join(e(p) for p in a["body"])
        write(site, f"kk/news/show@id={ids[a['id']]}.html",
              f'<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>{e(a["title"])}</title></head><body>{top}'
              f'<table width="100%"><tr>{left}<td class="content"><h2>{e(a["title"])}</h2>'
              f'<p class="date">{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}, {d:%H:%M}</p><div class="news-text">{text}</div>'
              f'<p><a href="index.html">« Жаңалықтар тізіміне оралу</a></p></td></tr></table>{foot}</body></html>')
        record(a, site, f"kk/news/show.html?id={ids[a['id']]}")


# 6. culturegov (en, ru): a ministry portal — teasers with long leads, rel=next/prev, language versions linked by
#    hreflang, the sitemap named only in robots.txt at a non-standard path, an RSS feed linked from the head.
def culturegov():
    site = "culturegov"
    items = of(site)
    num = {"L25": 5521, "L26": 5534, "L27": 5550}
    slug = {"L25": "translation-grants", "L26": "family-history-reading-room", "L27": "religious-tolerance-week"}
    path = {a["id"]: f"{a['lang']}/press-releases/{num[a['event']]}-{slug[a['event']]}.html" for a in items}
    by_event = {}
    for a in items:
        by_event.setdefault(a["event"], {})[a["lang"]] = a
    label = {"en": ("Press releases", "Next page", "Previous page", "Home"), "ru": ("Пресс-релизы", "Следующая", "Предыдущая", "Главная")}
    for lang in ("en", "ru"):
        own = [a for a in items if a["lang"] == lang]
        pages = [own[i:i + 2] for i in range(0, len(own), 2)]
        for n, page in enumerate(pages, 1):
            name = "index.html" if n == 1 else f"page-{n}.html"
            links = ""
            if n < len(pages):
                links += f'<link rel="next" href="/{lang}/press-releases/page-{n + 1}.html">'
            if n > 1:
                links += f'<link rel="prev" href="/{lang}/press-releases/{"index.html" if n == 2 else f"page-{n - 1}.html"}">'
            teasers = "".join(f'<article class="teaser"><h2><a href="/{path[a["id"]]}">{e(a["title"])}</a></h2>'
                              f'<p>{e(" ".join(a["body"][:2]) if i == 0 else lead(a))}</p>'
                              f'<a class="more" href="/{path[a["id"]]}">{"Read more" if lang == "en" else "Подробнее"}</a></article>'
                              for i, a in enumerate(page))
            write(site, f"{lang}/press-releases/{name}", f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
                  f'<title>{label[lang][0]}</title>{links}<link rel="alternate" type="application/rss+xml" href="/{lang}/rss.xml"></head><body>'
                  f'<header><a href="/{lang}/">{label[lang][3]}</a><nav><a href="/en/press-releases/">EN</a> <a href="/ru/press-releases/">RU</a></nav></header>'
                  f'<main><h1>{label[lang][0]}</h1>{teasers}</main><footer>Ministry of Culture and Information</footer></body></html>')
        write(site, f"{lang}/rss.xml", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Press</title>'
              + "".join(f'<item><title>{e(a["title"])}</title><link>/{path[a["id"]]}</link></item>' for a in own) + '</channel></rss>')
    for a in items:
        d = when(a)
        alts = "".join(f'<link rel="alternate" hreflang="{l}" href="/{path[v["id"]]}">' for l, v in by_event[a["event"]].items())
        shown = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}" if a["lang"] == "en" else f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}"
        paras = "".join(f"<p>{e(p)}</p>" for p in a["body"])
        write(site, path[a["id"]], f'<!doctype html><html lang="{a["lang"]}"><head><meta charset="utf-8"><title>{e(a["title"])}</title>'
              f'<meta property="og:type" content="article"><meta property="article:published_time" content="{a["date"]}">{alts}</head><body>'
              f'<header><a href="/{a["lang"]}/">{label[a["lang"]][3]}</a></header><main><nav class="breadcrumbs"><a href="/{a["lang"]}/press-releases/">'
              f'{label[a["lang"]][0]}</a></nav><h1>{e(a["title"])}</h1><div class="date">{shown}</div><div class="release">{paras}</div>'
              f'<div class="lang-switch">' + "".join(f'<a hreflang="{l}" href="/{path[v["id"]]}">{l.upper()}</a> ' for l, v in by_event[a["event"]].items())
              + '</div></main><footer>Ministry of Culture and Information</footer></body></html>')
        record(a, site, path[a["id"]])
    write(site, "robots.txt", "User-agent: *\nDisallow: /admin/\nSitemap: /sitemaps/press.xml\n")
    write(site, "sitemaps/press.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          + "".join(f"<url><loc>/{path[a['id']]}</loc></url>" for a in items) + "</urlset>")
    write(site, "index.html", '<!doctype html><html><head><meta charset="utf-8"><title>Ministry</title></head><body>'
          '<a href="/en/press-releases/">English</a> <a href="/ru/press-releases/">Русский</a></body></html>')


# 7. akimat (ru): a regional department's 1C-Bitrix site — one script serves every item (detail.php?ID=N), the
#    listing pages by PAGEN_1, sort links on every listing page, a print version of each item (&print=Y, no
#    canonical), an "about" page in the menu.
def akimat():
    site = "akimat"
    items = of(site)
    ids = {a["id"]: 48107 + i for i, a in enumerate(reversed(items))}
    menu = ('<div class="header"><a href="/">Управление культуры области</a></div><ul class="top-menu">'
            '<li><a href="/press-center/news/">Новости</a></li><li><a href="/about/">Об управлении</a></li>'
            '<li><a href="/contacts/">Контакты</a></li></ul>')
    foot = '<div class="footer">© Управление культуры акимата области, 2025. <a href="/about/">Об управлении</a></div>'
    per = 3
    pages = [items[i:i + per] for i in range(0, len(items), per)]
    for n, page in enumerate(pages, 1):
        rows = "".join(f'<p class="news-item" id="bx_{ids[a["id"]]}"><span class="news-date-time">{when(a):%d.%m.%Y}</span>'
                       f'<a href="/press-center/news/detail.php?ID={ids[a["id"]]}"><b>{e(a["title"])}</b></a><br>'
                       f'{e(lead(a).split(". ")[0].rstrip(".") + ".")}</p>' for a in page)
        sort = " ".join(f'<a href="/press-center/news/?sort={k}&amp;order={o}&amp;PAGEN_1={n}">{t}</a>'
                        for k, o, t in (("ACTIVE_FROM", "desc", "по дате"), ("NAME", "asc", "по названию"), ("SHOW_COUNTER", "desc", "по просмотрам")))
        nav = '<div class="modern-page-navigation">' + " ".join(
            (f'<span class="modern-page-current">{k}</span>' if k == n else f'<a href="/press-center/news/?PAGEN_1={k}">{k}</a>')
            for k in range(1, len(pages) + 1)) + '</div>'
        write(site, "press-center/news/index.html" if n == 1 else f"press-center/news/index@PAGEN_1={n}.html",
              f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Новости</title></head><body>{menu}'
              f'<div class="workarea"><h1>Новости</h1><div class="news-sort">Сортировать: {sort}</div><div class="news-list">{rows}</div>'
              f'{nav}</div>{foot}</body></html>')
    write(site, "index.html", f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Управление культуры</title></head>'
          f'<body>{menu}<div class="workarea"><h1>Добро пожаловать</h1><p><a href="/press-center/news/">Все новости управления</a></p>'
          f'</div>{foot}</body></html>')
    write(site, "about/index.html", f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Об управлении</title></head><body>{menu}'
          '<div class="workarea"><h1>Об управлении</h1><p>Управление культуры является исполнительным органом, финансируемым из '
          'областного бюджета, и осуществляет государственную политику в сфере культуры на территории области: поддерживает театры, '
          'музеи, библиотеки, филармонию и дома культуры, организует фестивали и конкурсы, ведёт учёт памятников истории и культуры.</p>'
          '<p>В структуру управления входят отдел развития культуры и искусства, отдел по охране историко-культурного наследия, '
          'финансово-экономический отдел и юридическая служба. Приём граждан руководителем управления ведётся по средам с десяти до '
          'двенадцати часов по предварительной записи.</p></div>' + foot + '</body></html>')
    for a in items:
        d = when(a)
        paras = "".join(f"<p>{e(p)}</p>" for p in a["body"])
        detail = f"press-center/news/detail@ID={ids[a['id']]}"
        write(site, detail + ".php",
              f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{e(a["title"])}</title></head><body>{menu}'
              f'<div class="workarea"><div class="news-detail"><span class="news-date-time">{d:%d.%m.%Y %H:%M}</span>'
              f'<h3>{e(a["title"])}</h3>{paras}<div style="clear:both"></div><br>'
              f'<a href="/press-center/news/detail.php?ID={ids[a["id"]]}&amp;print=Y" rel="nofollow">Версия для печати</a></div>'
              f'<p><a href="/press-center/news/">Возврат к списку</a></p></div>{foot}</body></html>')
        write(site, detail + "&print=Y.php",
              f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{e(a["title"])}</title></head><body>'
              f'<div class="news-detail"><span class="news-date-time">{d:%d.%m.%Y}</span><h3>{e(a["title"])}</h3>{paras}</div></body></html>')
        record(a, site, f"press-center/news/detail.php?ID={ids[a['id']]}")


# 8. pressgov (kk, en): a ministry's press section where every page's h1 is the section's name. The Kazakh releases
#    carry their title in an h2 and in <title> before the site's name; the English ones only in JSON-LD (their
#    <title> is the section's name too). An "about the ministry" page in every page's menu.
def pressgov():
    site = "pressgov"
    items = of(site)
    num = {"L37": 5611, "L38": 5598}
    section = {"kk": "Баспасөз релиздері", "en": "Press releases"}
    about = {"kk": ("Министрлік туралы", "Мәдениет және ақпарат министрлігі – мәдениет, ақпарат, азаматтық қоғам, дін, "
                    "этносаралық қатынастар, жастар және отбасы саясаты салаларында мемлекеттік саясатты қалыптастыратын және жүзеге "
                    "асыратын орталық атқарушы орган. Министрліктің құрамында Ақпарат комитеті, Мәдениет комитеті, Дін істері комитеті "
                    "және Азаматтық қоғам істері комитеті жұмыс істейді.",
                    "Министрлік өз қызметінде Қазақстан Республикасының Конституциясын, заңдарын және Президент пен Үкіметтің актілерін "
                    "басшылыққа алады. Азаматтарды қабылдау кестесі мен ведомстволық бағынысты ұйымдардың тізімі сайттың тиісті бөлімінде "
                    "жарияланған."),
             "en": ("About the ministry", "The Ministry of Culture and Information is the central executive body that shapes and "
                    "carries out state policy on culture, information, civil society, religion, interethnic relations, youth and "
                    "family policy. Its structure includes the Committee of Information, the Committee of Culture, the Committee for "
                    "Religious Affairs and the Committee for Civil Society Affairs.",
                    "In its work the ministry is guided by the Constitution and laws of the Republic of Kazakhstan and by the acts "
                    "of the President and the Government. The schedule of receptions of citizens and the list of subordinate "
                    "organisations are published in the relevant section of this site.")}
    path = {a["id"]: f"{a['lang']}/press/releases/{num[a['event']]}/" for a in items}
    by_event = {}
    for a in items:
        by_event.setdefault(a["event"], {})[a["lang"]] = a

    def menu(lang):
        return (f'<header><a class="logo" href="/{lang}/">{"Министрлік" if lang == "kk" else "Ministry"}</a><nav><a href="/{lang}/press/">'
                f'{section[lang]}</a> <a href="/{lang}/about/">{about[lang][0]}</a> <a href="/kk/press/">ҚАЗ</a> <a href="/en/press/">ENG</a>'
                f'</nav></header>')

    for lang in ("kk", "en"):
        own = [a for a in items if a["lang"] == lang]
        rows = "".join(f'<div class="release-card"><span class="date">{when(a):%d.%m.%Y}</span><a href="/{path[a["id"]]}">'
                       f'{e(a["title"])}</a></div>' for a in own)
        write(site, f"{lang}/press/index.html", f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{section[lang]}'
              f'</title></head><body>{menu(lang)}<main><h1>{section[lang]}</h1>{rows}</main></body></html>')
        title, p1, p2 = about[lang]
        write(site, f"{lang}/about/index.html", f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
              f'</head><body>{menu(lang)}<main><h1>{title}</h1><p>{e(p1)}</p><p>{e(p2)}</p></main></body></html>')
    for a in items:
        d = when(a)
        lang = a["lang"]
        alts = "".join(f'<link rel="alternate" hreflang="{l}" href="/{path[v["id"]]}">' for l, v in by_event[a["event"]].items())
        paras = "".join(f"<p>{e(p)}</p>" for p in a["body"])
        if lang == "kk":
            head = f'<title>{e(a["title"])} — Мәдениет және ақпарат министрлігі</title>'
            heading = f'<h2 class="release-title">{e(a["title"])}</h2>'
        else:
            ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["date"]},
                            ensure_ascii=False)
            head = f'<title>{section[lang]} | Ministry of Culture and Information</title><script type="application/ld+json">{ld}</script>'
            heading = ""
        write(site, path[a["id"]] + "index.html", f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}{alts}</head>'
              f'<body>{menu(lang)}<main><h1>{section[lang]}</h1>{heading}<div class="release-date">{d:%d.%m.%Y %H:%M}</div>'
              f'<div class="release-text">{paras}</div></main></body></html>')
        record(a, site, path[a["id"]])
    write(site, "index.html", '<!doctype html><html><head><meta charset="utf-8"><title>Министрлік</title></head><body>'
          '<a href="/kk/press/">Қазақша</a> <a href="/en/press/">English</a></body></html>')


# 9. wpblog (ru): a WordPress blog — the home page and the category, tag and date archives hold long excerpts with
#    "Читать далее" (each excerpt a paragraph of prose), the body classes say which archive it is; an "О нас" page.
def wpblog():
    site = "wpblog"
    items = of(site)
    slug = {"L39": "dzhaz-festival-desyat-stran", "L40": "legenda-o-lyubvi-gatob", "L41": "molodye-fotografy-galereya",
            "L42": "ulichnye-muzykanty-arbat"}
    cat = {"L39": ("muzyka", "Музыка"), "L40": ("teatr", "Театр"), "L41": ("vystavki", "Выставки"), "L42": ("muzyka", "Музыка")}
    url = {a["id"]: f"/{when(a):%Y/%m}/{slug[a['event']]}/" for a in items}
    cats = sorted({c for c in cat.values()})
    side = ('<aside class="widget-area"><section class="widget"><h2 class="widget-title">Рубрики</h2><ul>'
            + "".join(f'<li class="cat-item"><a href="/category/{c}/">{t}</a></li>' for c, t in cats)
            + '</ul></section><section class="widget"><h2 class="widget-title">Архивы</h2><ul><li><a href="/2025/10/">Октябрь 2025</a></li>'
            '<li><a href="/2025/09/">Сентябрь 2025</a></li></ul></section></aside>')
    top = ('<header id="masthead" class="site-header"><p class="site-title"><a href="/">Культурный Алматы</a></p><nav class="main-navigation">'
           '<a href="/">Главная</a> <a href="/o-nas/">О нас</a></nav></header>')
    foot = '<footer class="site-footer">Культурный Алматы · Работает на WordPress</footer>'

    def excerpt(a):
        words = " ".join(a["body"]).split()
        return " ".join(words[:55]) + " […]"

    def archive(path, classes, heading, posts):
        entries = "".join(f'<article class="post type-post status-publish hentry category-{cat[a["event"]][0]}">'
                          f'<header class="entry-header"><h2 class="entry-title"><a href="{url[a["id"]]}" rel="bookmark">{e(a["title"])}</a></h2>'
                          f'<div class="entry-meta"><time class="entry-date published" datetime="{a["date"]}">{when(a):%d.%m.%Y}</time></div></header>'
                          f'<div class="entry-summary"><p>{e(excerpt(a))}</p></div>'
                          f'<a class="more-link" href="{url[a["id"]]}">Читать далее</a></article>' for a in posts)
        write(site, path, f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{heading} — Культурный Алматы</title></head>'
              f'<body class="{classes}">{top}<main id="main" class="site-main">'
              + (f'<header class="page-header"><h1 class="page-title">{heading}</h1></header>' if heading else "")
              + f'{entries}</main>{side}{foot}</body></html>')

    archive("index.html", "home blog", "", items)
    for c, t in cats:
        archive(f"category/{c}/index.html", f"archive category category-{c}", f"Рубрика: {t}", [a for a in items if cat[a["event"]][0] == c])
    archive("tag/almaty/index.html", "archive tag tag-almaty", "Метка: Алматы", items[:3])
    archive("2025/10/index.html", "archive date", "Месяц: Октябрь 2025", [a for a in items if a["date"].startswith("2025-10")])
    archive("2025/09/index.html", "archive date", "Месяц: Сентябрь 2025", [a for a in items if a["date"].startswith("2025-09")])
    write(site, "o-nas/index.html", f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>О нас — Культурный Алматы</title></head>'
          f'<body class="page-template-default page">{top}<main id="main" class="site-main"><article class="page"><h1 class="entry-title">О нас</h1>'
          '<div class="entry-content"><p>«Культурный Алматы» – независимый блог о концертах, выставках, театральных премьерах и уличной '
          'культуре южной столицы. Мы пишем о событиях, которые стоит увидеть, и о людях, которые делают город интереснее: музыкантах, '
          'художниках, кураторах и волонтёрах городских фестивалей.</p><p>Блог ведёт небольшая команда авторов, которые сами ходят на '
          'все события, о которых рассказывают. Мы не публикуем платные материалы без пометки и всегда рады предложениям читателей: '
          'напишите нам, если знаете о событии, о котором должен узнать весь город.</p></div></article></main>'
          f'{side}{foot}</body></html>')
    for a in items:
        c, t = cat[a["event"]]
        paras = "".join(f"<p>{e(p)}</p>" for p in a["body"])
        others = [o for o in items if o is not a][:2]
        nav = "".join(f'<div class="nav-links"><a href="{url[o["id"]]}" rel="prev">{e(o["title"])}</a></div>' for o in others[:1])
        write(site, url[a["id"]].strip("/") + "/index.html",
              f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{e(a["title"])} — Культурный Алматы</title>'
              f'<meta property="og:type" content="article"><meta property="og:title" content="{e(a["title"])}">'
              f'<meta property="article:published_time" content="{a["date"]}"></head>'
              f'<body class="post-template-default single single-post">{top}<main id="main" class="site-main">'
              f'<article class="post type-post category-{c}"><header class="entry-header"><h1 class="entry-title">{e(a["title"])}</h1>'
              f'<div class="entry-meta"><time class="entry-date published" datetime="{a["date"]}">{when(a):%d.%m.%Y}</time> · '
              f'<a href="/category/{c}/" rel="category tag">{t}</a></div></header><div class="entry-content">{paras}</div></article>'
              f'<nav class="navigation post-navigation">{nav}</nav></main>{side}{foot}</body></html>')
        record(a, site, url[a["id"]].lstrip("/"))


# 10. portal (en): a news portal whose listing is numbered as files — /news/index.html, index-2.html, index-3.html —
#     each entry with its whole first paragraph, so that a listing's page holds prose; a contacts page.
def portal():
    site = "portal"
    items = of(site)
    ids = {a["id"]: 2301 + i for i, a in enumerate(reversed(items))}
    top = ('<div id="top"><a href="/">Steppe Culture Portal</a> | <a href="/news/">News</a> | <a href="/contacts.html">Contacts</a></div>')
    per = 2
    pages = [items[i:i + per] for i in range(0, len(items), per)]
    for n, page in enumerate(pages, 1):
        entries = "".join(f'<div class="entry"><h2><a href="/news/{ids[a["id"]]}.html">{e(a["title"])}</a></h2>'
                          f'<div class="when">{EN_MONTHS[when(a).month - 1]} {when(a).day}, {when(a).year}</div><p>{e(lead(a))}</p></div>'
                          for a in page)
        pager = " ".join(f'<a href="/news/{"index" if k == 1 else f"index-{k}"}.html">{k}</a>' for k in range(1, len(pages) + 1))
        write(site, f"news/{'index' if n == 1 else f'index-{n}'}.html",
              f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News — Steppe Culture Portal</title></head><body>{top}'
              f'<div id="content"><h1>News</h1>{entries}<div class="pages">Pages: {pager}</div></div></body></html>')
    write(site, "index.html", f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Steppe Culture Portal</title></head><body>{top}'
          f'<div id="content"><p><a href="/news/">Latest news</a></p></div></body></html>')
    write(site, "contacts.html", f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contacts — Steppe Culture Portal</title></head>'
          f'<body>{top}<div id="content"><h1>Contacts</h1><p>Steppe Culture Portal is an independent online publication about the '
          'museums, theatres, libraries and festivals of Kazakhstan. Our editorial office is in Astana; we welcome news from cultural '
          'institutions in every region and reply to every letter within three working days.</p><p>Editorial office: 12 Kabanbay Batyr '
          'Avenue, office 405, Astana. Press releases and event announcements may be sent to the editor on duty, who is on call from '
          'nine in the morning to six in the evening on weekdays.</p></div></body></html>')
    for a in items:
        d = when(a)
        paras = "".join(f"<p>{e(p)}</p>" for p in a["body"])
        write(site, f"news/{ids[a['id']]}.html",
              f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(a["title"])} — Steppe Culture Portal</title></head>'
              f'<body>{top}<div id="content"><h1>{e(a["title"])}</h1><div class="when">{EN_MONTHS[d.month - 1]} {d.day}, {d.year}, '
              f'{d:%H:%M}</div>{paras}<p><a href="/news/">All news</a></p></div></body></html>')
        record(a, site, f"news/{ids[a['id']]}.html")


shutil.rmtree(SITES, ignore_errors=True)
for make in (qalam, vestnik, steppewire, gazeta, oblys, culturegov, akimat, pressgov, wpblog, portal):
    make()
os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
with open(os.path.join(HERE, "truth", "articles.jsonl"), "w", encoding="utf-8") as f:
    for t in sorted(truth, key=lambda t: t["path"]):
        f.write(json.dumps(t, ensure_ascii=False) + "\n")
print(len(truth), "articles")
