using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Identity.SignIn;

namespace Skipper.Web.Modules.Feedback.HandOver;

/// <summary>
/// /tilbakemelding/overlevering/last: the tablet is locked until the staff member gives their password. A wrong
/// password keeps it locked (and counts towards the account's lockout); signing out also ends the hand-over.
/// </summary>
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LastModel(HandOverTickets tickets, SignInManager<AppUser> signIn, SignInLimiter limiter) : PageModel
{
    public string StaffName { get; private set; } = "";
    public string? ErrorKey { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await CheckAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync(string? password)
    {
        if (await CheckAsync() is { } away)
        {
            return away;
        }
        var ticket = tickets.Read(Request)!;
        var user = await signIn.UserManager.FindByIdAsync(ticket.UserId.ToString());
        if (user is null || string.IsNullOrEmpty(password) || !limiter.TryAcquire(HttpContext.Connection.RemoteIpAddress, user.NormalizedEmail ?? ""))
        {
            return Wrong(string.IsNullOrEmpty(password) ? "Feedback.Lock.Error.Missing" : "Feedback.Lock.Error.Wrong");
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return Wrong(result.IsLockedOut ? "Feedback.Lock.Error.LockedOut" : "Feedback.Lock.Error.Wrong");
        }
        HandOverTickets.Clear(Response);
        return Redirect($"/personer/{ticket.PersonId}/tilbakemelding/time#scores");
    }

    /// <summary>
    /// Nothing to unlock: no hand-over goes home. A ticket that is unreadable, too old, or not the signed-in user's
    /// cannot be unlocked by a password, so it ends with a sign-out instead.
    /// </summary>
    private async Task<IActionResult?> CheckAsync()
    {
        if (!HandOverTickets.IsLocked(Request))
        {
            return Redirect("/hjem");
        }
        var ticket = tickets.Read(Request);
        if (ticket is null || User.Identity?.IsAuthenticated != true || ticket.UserId != User.UserId())
        {
            await signIn.SignOutAsync();
            HandOverTickets.Clear(Response);
            return Redirect("/logg-inn");
        }
        StaffName = User.DisplayNameOf();
        return null;
    }

    private PageResult Wrong(string key)
    {
        ErrorKey = key;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
