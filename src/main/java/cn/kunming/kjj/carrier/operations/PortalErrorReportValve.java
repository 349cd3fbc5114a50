package cn.kunming.kjj.carrier.operations;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The page of an error the container answers itself, with no body of the portal's (see {@link ContainerErrorPage}):
 * what happened and what to do, in Chinese, then English; no server version, no stack trace. Errors the portal
 * answers (its own pages, Spring's {@code /error}, Vaadin's responses) have a body already and pass untouched.
 */
public class PortalErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Language", "zh-CN");
            Writer out = response.getReporter();
            if (out != null) {
                out.write(page(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response was taken over: nothing left to tell
        }
    }

    /** The page for the status: HTML with no outside resources, since the request may not reach the portal again. */
    static String page(int status) {
        String[] text = switch (status) {
            case 400 -> new String[]{"请求无法处理",
                    "请求的格式有误或过长，例如地址栏中的搜索词过长。请缩短搜索词或从菜单重新进入后重试。",
                    "The request was malformed or too long, for example a search term in the address. Shorten it, or "
                            + "open the page again from the menu."};
            case 413 -> new String[]{"提交的内容过大",
                    "提交的表单或文件超过了系统允许的大小，没有被保存。请压缩或拆分文件后重新上传；单个附件的大小上限见上传框的提示。",
                    "The form or file sent is larger than the portal accepts, and nothing was saved. Compress or split "
                            + "the file and upload it again; the size limit of one attachment is shown beside the "
                            + "upload."};
            case 414, 431 -> new String[]{"请求地址或请求头过长",
                    "请求的地址或请求头超过了系统允许的长度。请从菜单重新进入页面；如仍出现，请清除浏览器中本站的 Cookie 后重试。",
                    "The address or the request headers are longer than the portal accepts. Open the page again from "
                            + "the menu; if it happens again, clear this site's cookies in the browser."};
            default -> new String[]{"请求未能完成",
                    "系统未能完成这次请求，所做的操作没有被部分保存。请返回首页后重试；如仍出现，请联系系统管理员，并告知出现的时间和所做的操作。",
                    "The portal could not complete this request, and nothing was partly saved. Go back to the home "
                            + "page and try again; if it happens again, tell the administrators the time and what you "
                            + "did."};
        };
        return """
                <!doctype html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · 昆明市概念验证中心和中试平台管理系统</title>
                <style>
                  body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 0; background: #f5f6f8; color: #1f2937; }
                  main { max-width: 36em; margin: 10vh auto; background: #fff; padding: 2em 2.5em; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
                  h1 { font-size: 1.3em; margin-top: 0; }
                  p { line-height: 1.7; }
                  .en { color: #6b7280; font-size: .9em; border-top: 1px solid #e5e7eb; padding-top: 1em; margin-top: 1.5em; }
                </style>
                </head>
                <body>
                <main>
                  <h1>%1$s（%2$d）</h1>
                  <p>%3$s</p>
                  <p><a href="/">返回首页</a></p>
                  <p class="en">%4$s</p>
                </main>
                </body>
                </html>
                """.formatted(text[0], status, text[1], text[2]);
    }
}
