#!/usr/bin/python3
"""Write a tiny random-weight llama-architecture GGUF for the provider tests.

    PYTHONPATH=<llama.cpp prefix>/gguf-py /usr/bin/python3 make_tiny_gguf.py VOCAB.gguf OUT.gguf [--seed N]

The tokenizer is copied from a vocab-only GGUF of the llama.cpp sources (ggml-vocab-phi-3.gguf, MIT); the
chat template is ChatML. 64-d, 2 layers, a 32k context (long generations for the cancel tests): greedy output is gibberish but deterministic, so tests can compare
it exactly. Rows of special and byte tokens in the output matrix are zero so that replies are plain text and
do not end at once.
"""
import argparse
import sys

import numpy as np
from gguf import GGUFReader, GGUFValueType, GGUFWriter

CHATML = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

# ChatML with tools in the Hermes form (<tools> in the system turn, <tool_call> and <tool_response>), as
# Qwen's and Hermes' templates have it: llama.cpp's chat library recognises it, shows the tools and reads
# the calls back.
CHATML_TOOLS = (
    "{%- if tools %}<|im_start|>system\nYou may call one or more functions. The functions are:\n<tools>"
    "{%- for tool in tools %}\n{{ tool | tojson }}{%- endfor %}\n</tools>\nFor each call, answer "
    "<tool_call>{\"name\": <function-name>, \"arguments\": <args-json-object>}</tool_call><|im_end|>\n{% endif %}"
    "{%- for message in messages %}"
    "{%- if message.role == 'tool' %}<|im_start|>user\n<tool_response>\n{{ message.content }}\n</tool_response><|im_end|>\n"
    "{% elif message.tool_calls %}<|im_start|>assistant"
    "{% for tool_call in message.tool_calls %}\n<tool_call>\n{\"name\": \"{{ tool_call.function.name }}\", "
    "\"arguments\": {{ tool_call.function.arguments | tojson }}}\n</tool_call>{% endfor %}<|im_end|>\n"
    "{% else %}<|im_start|>{{ message.role }}\n{{ message.content }}<|im_end|>\n{% endif %}"
    "{%- endfor %}{%- if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def field_value(reader, key):
    f = reader.fields[key]
    t = f.types[0]
    if t == GGUFValueType.ARRAY:
        sub = f.types[1]
        if sub == GGUFValueType.STRING:
            return [bytes(f.parts[i]).decode("utf-8") for i in f.data]
        return [f.parts[i].tolist()[0] for i in f.data]
    if t == GGUFValueType.STRING:
        return bytes(f.parts[f.data[0]]).decode("utf-8")
    return f.parts[f.data[0]].tolist()[0]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("vocab")
    ap.add_argument("output")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--tools-template", action="store_true", help="a ChatML template with tools (Hermes form)")
    # Larger shapes make a model of realistic speed for the benchmarks (bench/providers.sh).
    ap.add_argument("--embd", type=int, default=64)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--ff", type=int, default=128)
    ap.add_argument("--heads", type=int, default=4)
    args = ap.parse_args()

    vocab = GGUFReader(args.vocab)
    tokens = field_value(vocab, "tokenizer.ggml.tokens")
    scores = field_value(vocab, "tokenizer.ggml.scores")
    types = field_value(vocab, "tokenizer.ggml.token_type")
    n_vocab, n_embd, n_ff, n_layer, n_head, n_ctx = len(tokens), args.embd, args.ff, args.layers, args.heads, 32768

    w = GGUFWriter(args.output, "llama")
    w.add_name("aistack tiny test model")
    w.add_context_length(n_ctx)
    w.add_embedding_length(n_embd)
    w.add_feed_forward_length(n_ff)
    w.add_block_count(n_layer)
    w.add_head_count(n_head)
    w.add_head_count_kv(n_head)
    w.add_rope_dimension_count(n_embd // n_head)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_rope_freq_base(10000.0)
    w.add_file_type(0)
    w.add_tokenizer_model(field_value(vocab, "tokenizer.ggml.model"))
    w.add_tokenizer_pre(field_value(vocab, "tokenizer.ggml.pre"))
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_bos_token_id(field_value(vocab, "tokenizer.ggml.bos_token_id"))
    w.add_eos_token_id(field_value(vocab, "tokenizer.ggml.eos_token_id"))
    w.add_unk_token_id(field_value(vocab, "tokenizer.ggml.unknown_token_id"))
    w.add_add_bos_token(True)
    w.add_add_eos_token(False)
    w.add_chat_template(CHATML_TOOLS if args.tools_template else CHATML)

    rng = np.random.default_rng(args.seed)

    def rnd(*shape, scale=0.08):
        return (rng.standard_normal(shape, dtype=np.float32) * np.float32(scale * 8.0 / np.sqrt(n_embd))).astype(np.float32)

    w.add_tensor("token_embd.weight", rnd(n_vocab, n_embd, scale=1.0))
    w.add_tensor("output_norm.weight", np.ones(n_embd, dtype=np.float32))
    out = rnd(n_vocab, n_embd, scale=0.5)
    for i, t in enumerate(types):
        if t != 1:  # only normal tokens can be chosen: no control, byte or unused tokens
            out[i, :] = 0.0
    w.add_tensor("output.weight", out)
    for b in range(n_layer):
        p = f"blk.{b}."
        w.add_tensor(p + "attn_norm.weight", np.ones(n_embd, dtype=np.float32))
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            w.add_tensor(p + name + ".weight", rnd(n_embd, n_embd))
        w.add_tensor(p + "ffn_norm.weight", np.ones(n_embd, dtype=np.float32))
        w.add_tensor(p + "ffn_gate.weight", rnd(n_ff, n_embd))
        w.add_tensor(p + "ffn_up.weight", rnd(n_ff, n_embd))
        w.add_tensor(p + "ffn_down.weight", rnd(n_embd, n_ff))

    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    print(f"wrote {args.output}: llama, {n_vocab} tokens, {n_embd}-d, {n_layer} layers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
