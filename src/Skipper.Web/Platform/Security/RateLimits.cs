using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;

namespace Skipper.Web.Platform.Security;

/// <summary>What every limit on anonymous or guessable requests shares: a fixed window per key, and the client's key.</summary>
internal static class RateLimits
{
    /// <summary>At most <paramref name="permits"/> per key in each window; nothing waits in a queue.</summary>
    public static PartitionedRateLimiter<string> FixedWindow(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>The client's address as a key; an IPv6 client by its /64, since one client usually holds a whole /64.</summary>
    public static string ClientKey(IPAddress? address)
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
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString();
    }
}
