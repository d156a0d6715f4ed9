"""Reads one export file with one Python reader and prints what the reader made of it as JSON.

Usage: read_export.py READER FILE, READER being networkx-gexf, networkx-graphml or igraph-graphml.
Every attribute value is printed with the name of its Python type, so the caller can check that
the reader typed it as the file declares (a boolean as bool, not the string "false").
"""
import json
import sys


def typed(attributes):
    return {name: {"value": value, "type": type(value).__name__} for name, value in attributes.items()}


def from_networkx(graph, version):
    multi = graph.is_multigraph()
    edges = graph.edges(keys=True, data=True) if multi else ((s, t, None, d) for s, t, d in graph.edges(data=True))
    return {
        "reader": "networkx", "version": version,
        "graph": typed(graph.graph),
        "nodes": [{"id": node, "attributes": typed(data)} for node, data in graph.nodes(data=True)],
        "edges": [{"source": s, "target": t, "key": k, "attributes": typed(d)} for s, t, k, d in edges],
    }


def read_networkx(path, kind):
    import networkx
    graph = networkx.read_gexf(path) if kind == "gexf" else networkx.read_graphml(path)
    return from_networkx(graph, networkx.__version__)


def read_igraph(path):
    import igraph
    graph = igraph.Graph.Read_GraphML(path)
    names = graph.vs["id"]
    return {
        "reader": "igraph", "version": igraph.__version__,
        "graph": typed({name: graph[name] for name in graph.attributes()}),
        "nodes": [{"id": vertex["id"], "attributes": typed(vertex.attributes())} for vertex in graph.vs],
        "edges": [
            {"source": names[edge.source], "target": names[edge.target], "key": edge["id"] if "id" in graph.es.attributes() else None,
             "attributes": typed(edge.attributes())}
            for edge in graph.es
        ],
    }


def main():
    reader, path = sys.argv[1], sys.argv[2]
    if reader == "networkx-gexf":
        summary = read_networkx(path, "gexf")
    elif reader == "networkx-graphml":
        summary = read_networkx(path, "graphml")
    elif reader == "igraph-graphml":
        summary = read_igraph(path)
    else:
        sys.exit(f"unknown reader {reader!r}; expected networkx-gexf, networkx-graphml or igraph-graphml")
    # NaN (igraph's value for an absent numeric attribute) is not JSON: print it as null.
    print(json.dumps(summary, default=str).replace("NaN", "null"))


if __name__ == "__main__":
    main()
