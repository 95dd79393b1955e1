package uk.org.cascade.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.org.cascade.learning.control.ModuleForms.PageForm;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.ModulePage;

/** The author page's pages section: the draft's pages as edited, added, moved and removed before saving. */
@Named
@ViewScoped
public class DraftPagesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static class PageEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String html;
        private String videoUrl;
        private List<String[]> resources = new ArrayList<>();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getHtml() {
            return html;
        }

        public void setHtml(String html) {
            this.html = html;
        }

        public String getVideoUrl() {
            return videoUrl;
        }

        public void setVideoUrl(String videoUrl) {
            this.videoUrl = videoUrl;
        }

        /** [id, filename, alt text or null] of each file. */
        public List<String[]> getResources() {
            return resources;
        }
    }

    private List<PageEdit> pages = new ArrayList<>();

    /** The draft's pages as saved; a draft without pages starts with an empty one. */
    void fill(ContentVersion d) {
        pages = new ArrayList<>();
        for (ModulePage p : d.getPages()) {
            PageEdit e = new PageEdit();
            e.title = p.getTitle();
            e.html = p.getHtml();
            e.videoUrl = p.getVideoUrl();
            p.getResources().forEach(r -> e.resources.add(new String[] {String.valueOf(r.getId()), r.getFilename(),
                    r.isShown() ? r.getAltText() : null}));
            pages.add(e);
        }
        if (pages.isEmpty()) {
            addPage();
        }
    }

    List<PageForm> forms() {
        return pages.stream().map(p -> new PageForm(p.title, p.html, p.videoUrl)).toList();
    }

    public void addPage() {
        PageEdit p = new PageEdit();
        p.title = "";
        p.html = "";
        pages.add(p);
    }

    public void removePage(int index) {
        pages.remove(index);
    }

    public void movePageUp(int index) {
        if (index > 0) {
            pages.add(index - 1, pages.remove(index));
        }
    }

    public List<Integer> getPageNumbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= pages.size(); i++) {
            numbers.add(i);
        }
        return numbers;
    }

    public List<PageEdit> getPages() {
        return pages;
    }
}
