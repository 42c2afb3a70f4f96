using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Skipper.Web.Platform.Errors;

/// <summary>The readable page for 400, 403, 404 and anything else that went wrong.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class FeilModel : PageModel
{
    private static readonly int[] Known = [400, 403, 404, 413, 429, 500];

    public string TitleKey { get; private set; } = "";
    public string TextKey { get; private set; } = "";

    public void OnGet(int code) => Show(code);

    // Re-executed POSTs (a form with a stale antiforgery token) land here too.
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        var shown = Known.Contains(code) ? code : 500;
        TitleKey = $"Error.{shown}.Title";
        TextKey = $"Error.{shown}.Text";
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null)
        {
            Response.StatusCode = shown;
        }
    }
}
