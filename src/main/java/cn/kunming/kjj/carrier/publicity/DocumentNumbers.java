package cn.kunming.kjj.carrier.publicity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bureau's document numbers (发文文号) follow a configurable pattern such as 昆科发〔{year}〕{n}号; the officer
 * gives the year's sequence number and the portal writes the number as the bureau does.
 */
@Component
public class DocumentNumbers {

    private final String pattern;

    DocumentNumbers(@Value("${portal.publicity.document-pattern:昆科发〔{year}〕{n}号}") String pattern) {
        if (!pattern.contains("{n}")) {
            throw new IllegalArgumentException("portal.publicity.document-pattern needs {n}");
        }
        this.pattern = pattern;
    }

    public String format(int year, int n) {
        return pattern.replace("{year}", String.valueOf(year)).replace("{n}", String.valueOf(n));
    }

    public String example(int year) {
        return format(year, 12);
    }
}
