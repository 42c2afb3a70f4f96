using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Skipper.Web.Platform.Security;

namespace Skipper.Web.Modules.Community.College.Enrolling;

/// <summary>The "Skipper:College" section. Tests set the limit low to see a flood refused.</summary>
public sealed class CollegeOptions
{
    public int AnonymousEnrolmentsPerWindow { get; set; } = 10;
    public int AnonymousWindowMinutes { get; set; } = 10;
}

/// <summary>
/// Anonymous enrolments are open to anyone, so one address may make only a few in a while: a script cannot fill
/// every seat and queue with made-up names. Signed-in users are not limited here.
/// </summary>
public sealed class AnonymousEnrolmentLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> perAddress;

    public AnonymousEnrolmentLimiter(IOptions<CollegeOptions> options)
    {
        var limits = options.Value;
        perAddress = RateLimits.FixedWindow(limits.AnonymousEnrolmentsPerWindow, TimeSpan.FromMinutes(Math.Max(1, limits.AnonymousWindowMinutes)));
    }

    public bool TryAcquire(IPAddress? address)
    {
        using var lease = perAddress.AttemptAcquire(RateLimits.ClientKey(address));
        return lease.IsAcquired;
    }

    public void Dispose() => perAddress.Dispose();

}
