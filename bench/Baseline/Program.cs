using System.Text;

// Bare Kestrel + minimal API: GET /health answers a tiny text, GET / a static HTML page of PageBytes bytes
// (bench/run.sh passes the size of Skipper's front page). No logging per request, no middleware.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var page = Page.Of(builder.Configuration.GetValue("PageBytes", 4000));

var app = builder.Build();
app.MapGet("/health", () => Results.Text("ok"));
app.MapGet("/", () => Results.Bytes(page, "text/html; charset=utf-8"));
await app.RunAsync();

internal static class Page
{
    /// <summary>An HTML page of exactly <paramref name="size"/> bytes (at least the bare skeleton).</summary>
    public static byte[] Of(int size)
    {
        const string Head = "<!DOCTYPE html>\n<html lang=\"nb\">\n<head><meta charset=\"utf-8\"><title>Baseline</title></head>\n<body>\n<main>\n";
        const string Tail = "</main>\n</body>\n</html>\n";
        const string Paragraph = "<p>Skipper baseline: a static page of the same size as the front page, served by a bare minimal API.</p>\n";
        var html = new StringBuilder(Head);
        while (html.Length + Paragraph.Length + Tail.Length <= size)
        {
            html.Append(Paragraph);
        }
        var filler = size - html.Length - Tail.Length;
        if (filler > 0)
        {
            html.Append(' ', filler);
        }
        html.Append(Tail);
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
