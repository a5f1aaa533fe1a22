using System.Collections.Generic;
using System.Xml.Linq;

namespace Verwerkers.Templating.Compilation;

/// <summary>
/// Removals and insertions collected first and applied together, rebuilding each affected parent's children once.
/// </summary>
/// <remarks>
/// LINQ to XML keeps siblings in a singly linked list: <c>Remove</c>, <c>ReplaceWith</c> and <c>AddBeforeSelf</c> walk
/// from the first sibling, so doing them one by one in a paragraph or body with n children costs O(n²). Batched, every
/// parent is rebuilt in one pass over its children.
/// </remarks>
internal sealed class TreeEdits
{
    private readonly Dictionary<XContainer, Edits> _byParent = new();
    private readonly List<XContainer> _order = new();

    public bool IsEmpty => _order.Count == 0;

    /// <summary>Removes a node (which must have a parent) when the edits are applied.</summary>
    public void Remove(XNode node) => For(node.Parent ?? (XContainer)node.Document!).Removed.Add(node);

    /// <summary>Inserts <paramref name="node"/> just before <paramref name="anchor"/>, after nodes inserted there before.</summary>
    public void InsertBefore(XNode anchor, XNode node) => Slot(For(anchor.Parent ?? (XContainer)anchor.Document!).Before, anchor).Add(node);

    /// <summary>Inserts <paramref name="node"/> just after <paramref name="anchor"/>, before nodes inserted there before (as repeated <c>AddAfterSelf</c> would).</summary>
    public void InsertAfter(XNode anchor, XNode node) => Slot(For(anchor.Parent ?? (XContainer)anchor.Document!).After, anchor).Insert(0, node);

    /// <summary>Replaces a node by others.</summary>
    public void Replace(XNode node, IEnumerable<XNode> with)
    {
        foreach (var n in with)
        {
            InsertBefore(node, n);
        }

        Remove(node);
    }

    /// <summary>Applies every edit: first the removals (so that moved nodes are detached, not copied), then the insertions.</summary>
    public void Apply()
    {
        foreach (var parent in _order)
        {
            var edits = _byParent[parent];
            if (edits.Removed.Count == 0)
            {
                continue;
            }

            var kept = new List<XNode>();
            foreach (var child in parent.Nodes())
            {
                if (!edits.Removed.Contains(child) || edits.Before.ContainsKey(child) || edits.After.ContainsKey(child))
                {
                    kept.Add(child);
                }
            }

            // Removed anchors stay until their insertions are placed.
            parent.ReplaceNodes(kept);
        }

        foreach (var parent in _order)
        {
            var edits = _byParent[parent];
            if (edits.Before.Count == 0 && edits.After.Count == 0)
            {
                continue;
            }

            var merged = new List<XNode>();
            foreach (var child in parent.Nodes())
            {
                if (edits.Before.TryGetValue(child, out var before))
                {
                    merged.AddRange(before);
                }

                if (!edits.Removed.Contains(child))
                {
                    merged.Add(child);
                }

                if (edits.After.TryGetValue(child, out var after))
                {
                    merged.AddRange(after);
                }
            }

            parent.ReplaceNodes(merged);
        }

        _byParent.Clear();
        _order.Clear();
    }

    private static List<XNode> Slot(Dictionary<XNode, List<XNode>> slots, XNode anchor)
    {
        if (!slots.TryGetValue(anchor, out var list))
        {
            list = new List<XNode>();
            slots[anchor] = list;
        }

        return list;
    }

    private Edits For(XContainer parent)
    {
        if (!_byParent.TryGetValue(parent, out var edits))
        {
            edits = new Edits();
            _byParent[parent] = edits;
            _order.Add(parent);
        }

        return edits;
    }

    private sealed class Edits
    {
        public HashSet<XNode> Removed { get; } = new();

        public Dictionary<XNode, List<XNode>> Before { get; } = new();

        public Dictionary<XNode, List<XNode>> After { get; } = new();
    }
}
