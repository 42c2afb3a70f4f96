using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Skipper.Web.Platform.Security;

namespace Skipper.Web.Platform.Identity.SignIn;

/// <summary>The "Skipper:SignInLimits" section. Tests raise the limits, since they sign in many times from one address.</summary>
public sealed class SignInLimits
{
    public int PerAddressPerMinute { get; set; } = 30;
    public int PerAccountPerMinute { get; set; } = 10;
}

/// <summary>
/// Slows down password guessing: a fixed number of sign-in attempts per minute from one client address and
/// for one account, whichever runs out first. Lockout stops guessing at one account; this also stops one
/// address from trying a few passwords on many accounts, and stops many addresses from locking one account
/// out again and again.
/// </summary>
public sealed class SignInLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> perAddress;
    private readonly PartitionedRateLimiter<string> perAccount;

    public SignInLimiter(IOptions<SkipperOptions> options)
    {
        var limits = options.Value.SignInLimits;
        perAddress = RateLimits.FixedWindow(limits.PerAddressPerMinute, TimeSpan.FromMinutes(1));
        perAccount = RateLimits.FixedWindow(limits.PerAccountPerMinute, TimeSpan.FromMinutes(1));
    }

    /// <summary>Takes one attempt from the address and from the account; false when either has none left this minute.</summary>
    /// <param name="address">The client's address.</param>
    /// <param name="normalizedAccount">The account's normalized e-mail, so that case and spaces do not give extra attempts.</param>
    public bool TryAcquire(IPAddress? address, string normalizedAccount)
    {
        using var byAddress = perAddress.AttemptAcquire(RateLimits.ClientKey(address));
        if (!byAddress.IsAcquired)
        {
            return false;
        }
        using var byAccount = perAccount.AttemptAcquire(normalizedAccount);
        return byAccount.IsAcquired;
    }

    public void Dispose()
    {
        perAddress.Dispose();
        perAccount.Dispose();
    }


}
