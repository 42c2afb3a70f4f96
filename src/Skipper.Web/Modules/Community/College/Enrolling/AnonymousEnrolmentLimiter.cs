using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

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
        perAddress = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limits.AnonymousEnrolmentsPerWindow),
            Window = TimeSpan.FromMinutes(Math.Max(1, limits.AnonymousWindowMinutes)),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public bool TryAcquire(IPAddress? address)
    {
        using var lease = perAddress.AttemptAcquire(AddressKey(address));
        return lease.IsAcquired;
    }

    public void Dispose() => perAddress.Dispose();

    private static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        // One IPv6 client usually holds a whole /64.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString();
    }
}
