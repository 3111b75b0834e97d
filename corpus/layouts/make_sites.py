#!/usr/bin/env python3
"""Writes the six publisher layouts of corpus/layouts/sites/ and their truth from articles.json.

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


shutil.rmtree(SITES, ignore_errors=True)
for make in (qalam, vestnik, steppewire, gazeta, oblys, culturegov):
    make()
os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
with open(os.path.join(HERE, "truth", "articles.jsonl"), "w", encoding="utf-8") as f:
    for t in sorted(truth, key=lambda t: t["path"]):
        f.write(json.dumps(t, ensure_ascii=False) + "\n")
print(len(truth), "articles")
