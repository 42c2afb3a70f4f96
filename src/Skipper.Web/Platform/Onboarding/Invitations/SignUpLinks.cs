using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Platform.Onboarding.Invitations;

/// <summary>A link just made: the token exists only here and on the administrator's screen.</summary>
public sealed record IssuedLink(string Token, DateTimeOffset ExpiresAt)
{
    public string Path => SignUpLinks.PathPrefix + Token;

    /// <summary>The full address to hand over, on the host the administrator works on.</summary>
    public string UrlOn(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Path}";
}

/// <summary>Makes sign-up links. A new link replaces the account's earlier unused ones, so only the newest works.</summary>
public sealed class SignUpLinks(AppDbContext db, TimeProvider clock)
{
    public const string PathPrefix = "/registrer/";
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    /// <summary>Longer than any token we make; longer input is not even hashed.</summary>
    public const int MaxTokenLength = 100;

    public async Task<IssuedLink> IssueAsync(AppUser user)
    {
        var now = clock.GetUtcNow();
        var older = await db.SignUpInvitations.Where(i => i.UserId == user.Id && i.UsedAt == null).ToListAsync();
        db.SignUpInvitations.RemoveRange(older);
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.SignUpInvitations.Add(new SignUpInvitation
        {
            TenantId = user.TenantId,
            Id = Guid.NewGuid(),
            UserId = user.Id,
            TokenHash = HashOf(token),
            CreatedAt = now,
            ExpiresAt = now + ValidFor,
        });
        await db.SaveChangesAsync();
        return new IssuedLink(token, now + ValidFor);
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
