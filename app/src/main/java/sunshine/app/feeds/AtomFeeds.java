package sunshine.app.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.atom.Person;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.NewsItem;
import sunshine.index.content.Policy;
import sunshine.index.hours.OpeningStatus;

/**
 * Atom 1.0 feeds built with ROME's Atom model. Ids are the pages' absolute addresses, which never change (ids are
 * stable, README). A policy's {@code updated} is the last thing that happened to it by today: published, came into
 * force, or expired — so a policy that starts to apply shows up again as changed.
 */
final class AtomFeeds {
    static final int MAX_ENTRIES = 50;

    private final URI base;
    private final String owner;

    AtomFeeds(URI base, String owner) {
        this.base = base;
        this.owner = owner;
    }

    Feed feed(String selfPath, String title, String alternatePath, List<? extends ContentDocument> docs, LocalDate today) {
        Feed f = new Feed("atom_1.0");
        f.setId(base + selfPath);
        f.setTitle(title);
        f.setLanguage("zh-CN");
        f.setAlternateLinks(List.of(link("alternate", alternatePath, "text/html")));
        f.setOtherLinks(List.of(link("self", selfPath, "application/atom+xml")));
        f.setAuthors(List.<SyndPerson>of(person()));
        List<Entry> entries = docs.stream().sorted(Comparator.comparing((ContentDocument d) -> updated(d, today)).reversed()
                .thenComparing(ContentDocument::id)).limit(MAX_ENTRIES).map(d -> entry(d, today)).toList();
        f.setEntries(entries);
        f.setUpdated(entries.isEmpty() ? date(today) : entries.getFirst().getUpdated());
        return f;
    }

    private Entry entry(ContentDocument d, LocalDate today) {
        Entry e = new Entry();
        e.setId(base + d.type().pagePath(d.id()));
        e.setTitle(d.title());
        e.setAlternateLinks(List.of(link("alternate", d.type().pagePath(d.id()), "text/html")));
        e.setUpdated(date(updated(d, today)));
        e.setPublished(date(d.date()));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(d.summary());
        e.setSummary(summary);
        e.setCategories(d.topics().stream().map(t -> {
            Category c = new Category();
            c.setTerm(t);
            return c;
        }).toList());
        if (d instanceof NewsItem n && n.video() != null) {
            Link video = link("enclosure", n.video().startsWith("media/") ? "/" + n.video() : n.video(), null);
            e.setOtherLinks(List.of(video));
        }
        Person author = new Person();
        author.setName(d instanceof Policy p ? p.issuer() : owner);
        e.setAuthors(List.<SyndPerson>of(author));
        return e;
    }

    static LocalDate updated(ContentDocument d, LocalDate today) {
        if (!(d instanceof Policy p)) {
            return d.date();
        }
        LocalDate last = p.published();
        if (!p.effectiveFrom().isAfter(today) && p.effectiveFrom().isAfter(last)) {
            last = p.effectiveFrom();
        }
        if (p.effectiveTo() != null && p.effectiveTo().plusDays(1).isAfter(last) && !p.effectiveTo().plusDays(1).isAfter(today)) {
            last = p.effectiveTo().plusDays(1);
        }
        return last;
    }

    private Link link(String rel, String path, String type) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(path.startsWith("http") ? path : base + path);
        l.setType(type);
        return l;
    }

    private Person person() {
        Person p = new Person();
        p.setName(owner);
        return p;
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(OpeningStatus.SHANGHAI).toInstant());
    }
}
