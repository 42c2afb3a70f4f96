using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Skipper.Web.Modules.Feedback.HandOver;

/// <summary>
/// Hand-over in progress on this browser: whose tablet it is (the staff member), which session, and the answer
/// given on it (for the comment). Held in a data-protected cookie, so it cannot be read or forged.
/// </summary>
public sealed record HandOverTicket(Guid UserId, Guid PersonId, Guid SessionId, Guid? ResponseId, DateTimeOffset IssuedAt);

/// <summary>Writes, reads and clears the hand-over cookie. While it is present, the browser is locked (see HandOverLock).</summary>
public sealed class HandOverTickets(IDataProtectionProvider protection, TimeProvider clock, IHostEnvironment environment)
{
    public const string CookieName = ".Skipper.HandOver";
    public const string FormPath = "/tilbakemelding/overlevering";
    public const string LockPath = "/tilbakemelding/overlevering/last";

    /// <summary>A hand-over older than this is not trusted: the lock page then signs the staff member out.</summary>
    public static readonly TimeSpan Lasts = TimeSpan.FromHours(12);

    private readonly IDataProtector protector = protection.CreateProtector("Skipper.Feedback.HandOver.v1");

    public void Issue(HttpContext http, HandOverTicket ticket) =>
        http.Response.Cookies.Append(CookieName, protector.Protect(JsonSerializer.Serialize(ticket)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = environment.IsProduction() || http.Request.IsHttps,
            IsEssential = true,
            Path = "/",
        });

    public static bool IsLocked(HttpRequest request) => request.Cookies.ContainsKey(CookieName);

    /// <summary>The ticket; null when there is none, or it is unreadable or too old.</summary>
    public HandOverTicket? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }
        try
        {
            var ticket = JsonSerializer.Deserialize<HandOverTicket>(protector.Unprotect(value));
            return ticket is not null && clock.GetUtcNow() - ticket.IssuedAt <= Lasts ? ticket : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    public HandOverTicket New(Guid userId, Guid personId, Guid sessionId) => new(userId, personId, sessionId, null, clock.GetUtcNow());

    public static void Clear(HttpResponse response) => response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
}
