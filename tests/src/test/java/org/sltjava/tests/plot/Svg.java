package org.sltjava.tests.plot;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG document parsed as XML (without fetching its DTD), with look-ups by group id and text. */
record Svg(Document doc) {

    static Svg parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder b = f.newDocumentBuilder();
            return new Svg(b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not a well-formed SVG document: " + e, e);
        }
    }

    /** The group with this id. */
    Optional<Element> group(String id) {
        NodeList gs = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (id.equals(g.getAttribute("id"))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The group's jfreesvg:ref attribute (its exact meaning). */
    String ref(String id) {
        Element g = group(id).orElseThrow(() -> new AssertionError("no group " + id));
        return g.getAttributeNS("http://www.jfree.org/jfreesvg/svg", "ref");
    }

    /** Whether the group draws something: a path, line, circle or ellipse inside it. */
    boolean draws(String id) {
        Element g = group(id).orElseThrow(() -> new AssertionError("no group " + id));
        for (String tag : List.of("path", "line", "circle", "ellipse", "rect", "polygon", "polyline")) {
            if (g.getElementsByTagNameNS("*", tag).getLength() > 0) {
                return true;
            }
        }
        return false;
    }

    /** The text of every text element inside the group, in order. */
    List<String> texts(String id) {
        return texts(group(id).orElseThrow(() -> new AssertionError("no group " + id)));
    }

    /** The text of every text element of the document. */
    List<String> allTexts() {
        return texts(doc.getDocumentElement());
    }

    private static List<String> texts(Element root) {
        List<String> out = new ArrayList<>();
        NodeList ts = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < ts.getLength(); i++) {
            out.add(ts.item(i).getTextContent());
        }
        return out;
    }

    /** The caption as one string (its lines joined by spaces, wrapped lines rejoined). */
    String caption() {
        return String.join(" ", texts("caption")).replaceAll("\\s+", " ");
    }
}
