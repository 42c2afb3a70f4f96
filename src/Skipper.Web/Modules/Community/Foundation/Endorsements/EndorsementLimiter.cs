using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Skipper.Web.Modules.Community.Foundation.Endorsements;

/// <summary>The "Skipper:EndorsementLimits" section: how many requests to endorse one address, and everyone in one municipality, may send.</summary>
public sealed class EndorsementLimitOptions
{
    public int PerAddressPerHour { get; set; } = 5;
    public int PerMunicipalityPerHour { get; set; } = 100;
}

/// <summary>
/// The endorsement form is open to anyone, so a script could fill the administrator's list. A few requests an hour
/// from one address (an IPv6 client counts by its /64), and a ceiling for all addresses together in one municipality.
/// </summary>
public sealed class EndorsementLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> perAddress;
    private readonly PartitionedRateLimiter<string> all;

    public EndorsementLimiter(IOptions<EndorsementLimitOptions> options)
    {
        perAddress = PerHour(options.Value.PerAddressPerHour);
        all = PerHour(options.Value.PerMunicipalityPerHour);
    }

    public bool TryAcquire(IPAddress? address, Guid municipality)
    {
        using var byAddress = perAddress.AttemptAcquire(AddressKey(address));
        if (!byAddress.IsAcquired)
        {
            return false;
        }
        using var everyone = all.AttemptAcquire(municipality.ToString());
        return everyone.IsAcquired;
    }

    public void Dispose()
    {
        perAddress.Dispose();
        all.Dispose();
    }

    private static PartitionedRateLimiter<string> PerHour(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

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
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString();
    }
}
