package uk.org.cascade.learning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One page of a module version: sanitised rich text, an optional allow-listed video and downloadable resources. */
@Entity
@Table(name = "module_page")
public class ModulePage {

    public static final int TITLE_MAX = 200;
    public static final int HTML_MAX = 1_000_000;
    public static final int VIDEO_MAX = 500;

    /** A page's text as the author saved it: html already sanitised, video already checked. */
    public record Content(String title, String html, String videoUrl) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "content_version_id", updatable = false)
    private ContentVersion contentVersion;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String html;

    @Column(name = "video_url", length = VIDEO_MAX)
    private String videoUrl;

    @OneToMany(mappedBy = "page", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PageResource> resources = new ArrayList<>();

    protected ModulePage() {
    }

    ModulePage(ContentVersion contentVersion, int position) {
        this.contentVersion = contentVersion;
        this.position = position;
    }

    void revise(int newPosition, Content content) {
        this.position = newPosition;
        this.title = content.title();
        this.html = content.html();
        this.videoUrl = content.videoUrl();
    }

    ModulePage copyInto(ContentVersion draft) {
        ModulePage copy = new ModulePage(draft, position);
        copy.title = title;
        copy.html = html;
        copy.videoUrl = videoUrl;
        for (PageResource r : resources) {
            copy.resources.add(r.copyInto(copy));
        }
        return copy;
    }

    public PageResource attach(String filename, String contentType, byte[] content, String sha256, java.time.Instant at,
                               String altText) {
        if (contentVersion.isPublished()) {
            throw new uk.org.cascade.platform.Conflict("This page is published and can no longer change: edit the draft");
        }
        PageResource r = new PageResource(this, filename, contentType, content, sha256, at, altText);
        resources.add(r);
        return r;
    }

    public void detach(long resourceId) {
        if (contentVersion.isPublished()) {
            throw new uk.org.cascade.platform.Conflict("This page is published and can no longer change: edit the draft");
        }
        resources.removeIf(r -> r.getId() != null && r.getId() == resourceId);
    }

    public Long getId() {
        return id;
    }

    public ContentVersion getContentVersion() {
        return contentVersion;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getHtml() {
        return html;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public List<PageResource> getResources() {
        return resources;
    }
}
