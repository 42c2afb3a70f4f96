namespace Skipper.Web.Platform.Security;

/// <summary>
/// Refuses a declared oversized body before anything reads it. Kestrel's own limit (same size) covers
/// chunked bodies; this covers every server, the test server included, with the same 413 answer.
/// </summary>
internal static class BodySizeLimit
{
    public const long MaxBytes = 1024 * 1024;

    public static void UseBodySizeLimit(this WebApplication app) =>
        app.Use((http, next) =>
        {
            if (http.Request.ContentLength > MaxBytes)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }
            return next(http);
        });
}
